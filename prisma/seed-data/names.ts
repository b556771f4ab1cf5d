// First and last names by region. An entry "display|latin" carries a name in its
// own script with a Latin transliteration (used for e-mail addresses); the
// display form is used on some registrations, the Latin form on the others.

export type NamePool = {
  female: string[];
  male: string[];
  last: string[];
  /** Share of people who write their name in the non-Latin display form. */
  nativeScript?: number;
  /** Family name first when shown in native script (China, Korea, Japan, Viet Nam). */
  familyFirst?: boolean;
};

const w = (s: string) => s.split(',').map((x) => x.trim());

export const NAMES = {
  wolof: {
    female: w('Aminata, Fatou, Awa, Mame Diarra, Khady, Ndèye, Aïssatou, Coumba, Mariama, Adama, Bineta, Rokhaya, Sokhna, Astou, Yacine, Ndeye Fatou, Dieynaba, Seynabou, Oumou, Penda'),
    male: w('Moussa, Cheikh, Ousmane, Mamadou, Abdoulaye, Ibrahima, Modou, Serigne, Pape, Babacar, Aliou, Alioune, Lamine, Malick, Souleymane, Mbaye, El Hadji, Saliou, Demba, Boubacar'),
    last: w('Diop, Ndiaye, Sow, Mbaye, Faye, Diallo, Guèye, Fall, Sarr, Ndour, Cissé, Seck, Thiam, Niang, Diouf, Ba, Kane, Sy, Touré, Mbengue, Sène, Dieng, Wade, Gaye, Lô, Camara, Badji, Diatta, Sagna, Ndao'),
  },
  sahel: {
    female: w('Aïcha, Mariam, Kadiatou, Salimata, Fatoumata, Assétou, Rasmata, Djénéba, Hawa, Oumou, Zeinabou, Rakiatou, Adjoa, Afi, Sènami, Akossiwa, Nafissatou, Bintou'),
    male: w('Issa, Boubacar, Souleymane, Seydou, Moussa, Adama, Yacouba, Amadou, Ousséni, Harouna, Koffi, Kossi, Sènou, Idrissa, Salif, Drissa, Tiémoko, Sidiki'),
    last: w('Traoré, Keïta, Coulibaly, Diarra, Konaté, Ouédraogo, Sawadogo, Compaoré, Kaboré, Zongo, Maïga, Touré, Cissé, Dembélé, Sangaré, Kouyaté, Bamba, Koné, Agbodjan, Houngbédji, Adjovi, Ahouansou, Mahamadou, Abdou, Soumana'),
  },
  westAnglo: {
    female: w('Ngozi, Chiamaka, Adaeze, Funmilayo, Yetunde, Aisha, Amina, Abena, Akosua, Efua, Ama, Comfort, Blessing, Grace, Hauwa, Zainab'),
    male: w('Chinedu, Emeka, Oluwaseun, Babatunde, Tunde, Ibrahim, Musa, Kwame, Kofi, Kwabena, Yaw, Kojo, Samuel, Emmanuel, Sani, Aliyu'),
    last: w('Okafor, Adeyemi, Okonkwo, Balogun, Eze, Nwosu, Bello, Abubakar, Olawale, Mensah, Boateng, Asante, Owusu, Appiah, Osei, Danquah, Sesay, Kamara, Conteh, Koroma'),
  },
  central: {
    female: w('Thérèse, Béatrice, Clarisse, Solange, Esther, Odette, Chantal, Marie-Claire, Pascaline, Joséphine, Immaculée, Espérance, Divine, Euphrasie, Nadège'),
    male: w('Jean-Pierre, Emmanuel, Théodore, Célestin, Désiré, Augustin, Innocent, Janvier, Faustin, Prosper, Hervé, Blaise, Didier, Valentin, Aimé'),
    last: w('Mbemba, Kabila, Tshibanda, Mukendi, Ilunga, Kalonji, Nzuzi, Mabiala, Moukoko, Nkoulou, Essomba, Fotso, Tchoumi, Ngono, Mvondo, Uwimana, Habimana, Niyonzima, Nshimiyimana, Mugisha, Ndayisenga, Bizimana, Obiang, Nze'),
  },
  east: {
    female: w('Wanjiru, Achieng, Nyambura, Atieno, Halima, Neema, Rehema, Zawadi, Mwanaisha, Nakato, Namubiru, Tigist, Meseret, Hirut, Selamawit, Faith'),
    male: w('Kamau, Otieno, Mwangi, Ochieng, Juma, Baraka, Hamisi, Salim, Mugabe, Ssemakula, Kato, Tesfaye, Dawit, Yohannes, Getachew, Kipchoge'),
    last: w('Kamau, Otieno, Wanjiku, Njoroge, Odhiambo, Mutua, Kariuki, Mwakyusa, Massawe, Kimaro, Mushi, Nyerere, Mwinyi, Okello, Mukasa, Ssali, Tadesse, Bekele, Haile, Gebremedhin, Alemu, Abdi'),
  },
  southern: {
    female: w('Nomvula, Thandiwe, Lindiwe, Nokuthula, Zanele, Precious, Tendai, Rudo, Chipo, Nyasha, Palesa, Lerato, Mpho, Naledi, Tsitsi, Kelebogile'),
    male: w('Sipho, Thabo, Mandla, Bongani, Themba, Sizwe, Tinashe, Farai, Tatenda, Kagiso, Lesego, Tshepo, Mpho, Vusi, Lwazi, Mthunzi'),
    last: w('Dlamini, Nkosi, Ndlovu, Khumalo, Mokoena, Mahlangu, Zulu, Mthembu, Moyo, Ncube, Sibanda, Chikwanha, Mutasa, Mabuza, Molefe, Botha, Van Wyk, Naidoo, Phiri, Banda, Mwale, Tembo'),
  },
  malagasy: {
    female: w('Voahangy, Haingo, Lalao, Hanta, Fara, Miora, Noro, Tiana, Vola, Holy'),
    male: w('Rivo, Hery, Naina, Tojo, Fidy, Andry, Mamy, Rado, Hasina, Toky'),
    last: w('Rakotomalala, Randrianarisoa, Rasoanaivo, Andriamanjato, Razafindrakoto, Rakotonirina, Ravelomanana, Andrianasolo, Ratsimbazafy, Rabemananjara'),
  },
  maghreb: {
    female: w('فاطمة الزهراء|Fatima Zahra, خديجة|Khadija, سلمى|Salma, نادية|Nadia, أمينة|Amina, ليلى|Leila, سعاد|Souad, مريم|Meryem, حنان|Hanane, نوال|Naoual, إيمان|Imane, رشيدة|Rachida, ياسمين|Yasmine, زينب|Zineb, نعيمة|Naïma'),
    male: w('يوسف|Youssef, كريم|Karim, محمد|Mohamed, عبد الله|Abdallah, حسن|Hassan, رشيد|Rachid, سمير|Samir, مراد|Mourad, عمر|Omar, خالد|Khaled, طارق|Tarek, نبيل|Nabil, إدريس|Driss, هشام|Hicham, منير|Mounir'),
    last: w('بنعلي|Benali, العلوي|El Alaoui, بنجلون|Benjelloun, الإدريسي|El Idrissi, بوعزيزي|Bouazizi, التازي|Tazi, الفاسي|El Fassi, بن سالم|Ben Salem, الشرقاوي|Cherkaoui, حداد|Haddad, بوزيد|Bouzid, المنصوري|Mansouri, الطرابلسي|Trabelsi, بلقاسم|Belkacem, عمراني|Amrani, زروال|Zeroual'),
    nativeScript: 0.35,
  },
  quebec: {
    female: w('Hélène, Geneviève, Marie-Ève, Isabelle, Nathalie, Sylvie, Josée, Chantal, Louise, Manon, Mélanie, Véronique, Émilie, Anne-Marie, Francine, Julie, Catherine, Marie-Josée, Lyne, Marjolaine'),
    male: w('François, Jérôme, Jean-François, Pierre-Luc, Benoît, Sylvain, Réjean, Gaétan, Stéphane, Éric, Martin, Mathieu, Marc-André, Luc, Denis, Yves, Gilles, André, Claude, Normand'),
    last: w('Côté, Bélanger, Lévesque, Gagnon, Tremblay, Roy, Gauthier, Bouchard, Morin, Lavoie, Fortin, Ouellet, Pelletier, Bergeron, Leblanc, Paquette, Girard, Simard, Boucher, Caron, Beaulieu, Cloutier, Dubé, Poirier, Fournier, Lapointe, Desjardins, St-Pierre, Thériault, Bédard'),
  },
  french: {
    female: w('Élise, Claire, Sophie, Anne, Camille, Juliette, Margaux, Céline, Agnès, Béatrice, Françoise, Brigitte, Léa, Chloé, Maëlle, Solène, Inès, Clémence'),
    male: w('Jean, Pierre, Thomas, Nicolas, Olivier, Laurent, Philippe, Bernard, Hervé, Guillaume, Étienne, Antoine, Mathis, Gaël, Loïc, Rémi, Jacques, Michel'),
    last: w('Martin, Bernard, Dubois, Laurent, Lefèvre, Moreau, Garnier, Chevalier, Roussel, Mercier, Faure, Girard, Rousseau, Lemoine, Perrin, Morel, Fontaine, Boyer, Brun, Lambert, Dupont, Vandenberghe, Peeters, Jacquet, Favre, Rochat'),
  },
  hispanic: {
    female: w('María, Ana, Lucía, Carmen, Rosa, Isabel, Guadalupe, Verónica, Patricia, Mónica, Adriana, Catalina, Luz Marina, Marisol, Ximena, Sofía, Inés, Begoña'),
    male: w('José, Juan, Andrés, Carlos, Luis, Jorge, Miguel Ángel, Fernando, Alejandro, Ricardo, Raúl, Sergio, Héctor, Joaquín, Iñaki, Martín, Germán, Óscar'),
    last: w('Núñez, Fernández, García, Rodríguez, Martínez, López, González, Pérez, Sánchez, Ramírez, Torres, Flores, Rivera, Gómez, Díaz, Cruz, Morales, Ortiz, Gutiérrez, Chávez, Ibáñez, Muñoz, Peña, Echeverría, Zúñiga'),
  },
  andean: {
    female: w('María, Juana, Rosa, Yolanda, Nely, Sabina, Marleny, Wilma, Rufina, Paulina, Lidia, Killa, Nayra, Sisa'),
    male: w('Andrés, Evo, Félix, Teodoro, Wilfredo, Edwin, Néstor, Hilarión, Efraín, Porfirio, Rolando, Inti, Amaru, Mallku'),
    last: w('Quispe, Mamani, Huamán, Condori, Choque, Apaza, Ticona, Ccori, Yupanqui, Chambi, Huanca, Pari, Ñúñez, Cusi, Limachi, Villca, Flores, Vargas, Rojas'),
  },
  haitian: {
    female: w('Marie-Carmel, Nadège, Yolette, Guerline, Marlène, Roseline, Fabienne, Myrlande, Jocelyne, Widlene'),
    male: w('Jean-Robert, Wilner, Frantz, Jean-Claude, Rony, Dieudonné, Fritz, Pierre-Richard, Wesner, Joseph'),
    last: w('Jean-Baptiste, Pierre-Louis, Joseph, Saint-Fleur, Désir, Exantus, Charles, Dorsainvil, Étienne, Toussaint, Alexis, Bien-Aimé'),
  },
  luso: {
    female: w('Conceição, Maria José, Ana Paula, Luíza, Fernanda, Juliana, Sônia, Aparecida, Graça, Fátima, Rosário, Inês, Joana, Benedita, Raimunda, Francisca'),
    male: w('João, José Carlos, António, Luís, Sebastião, Raimundo, Paulo, Francisco, Tiago, Rui, Manuel, Joaquim, Eduardo, Márcio, Cândido, Domingos'),
    last: w('Gonçalves, Araújo, Silva, Santos, Oliveira, Souza, Pereira, Lima, Costa, Carvalho, Rodrigues, Almeida, Nascimento, Conceição, Magalhães, Brandão, Furtado, Tavares, Monteiro, Cabral, Lopes, Mondlane, Machel, Sitoe'),
  },
  anglo: {
    female: w('Sarah, Emily, Margaret, Jennifer, Rachel, Hannah, Siobhan, Aoife, Laura, Rebecca, Ruth, Jessica, Megan, Catherine, Deborah'),
    male: w('John, Michael, David, James, Robert, Daniel, Patrick, Seán, Andrew, Thomas, William, Matthew, Peter, Christopher, Joseph'),
    last: w('Smith, Johnson, Williams, Brown, Taylor, Wilson, Campbell, Murphy, O\'Brien, Kelly, Walsh, MacDonald, Robinson, Clarke, Thompson, Evans, Hughes, Green, Baker, Stewart'),
  },
  european: {
    female: w('Anna, Katharina, Giulia, Francesca, Chiara, Ingrid, Astrid, Sanne, Eva, Agnieszka, Magdalena, Zsófia, Elena, Olga, Karin, Birgit'),
    male: w('Stefan, Jürgen, Matthias, Giovanni, Marco, Luca, Lars, Anders, Jan, Pieter, Tomasz, Piotr, Dimitris, Nikos, Björn, Søren'),
    last: w('Müller, Schmidt, Schneider, Weber, Rossi, Bianchi, Esposito, Ricci, Jansen, de Vries, Van den Berg, Andersson, Johansson, Nielsen, Kowalski, Nowak, Papadopoulos, Novák, Horváth, Hansen, Lindqvist, Fischer, Conti, Bakker'),
  },
  vietnamese: {
    female: w('Thị Lan, Thị Hương, Thị Mai, Thu Hà, Ngọc Anh, Thị Hoa, Minh Thư, Thanh Hằng'),
    male: w('Văn Minh, Văn Hùng, Quốc Bảo, Đức Anh, Thanh Tùng, Văn Nam, Hoàng Long, Minh Tuấn'),
    last: w('Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ'),
    familyFirst: true,
  },
  chinese: {
    female: w('芳|Fang, 丽|Li, 静|Jing, 秀英|Xiuying, 敏|Min, 燕|Yan, 婷|Ting, 慧|Hui'),
    male: w('伟|Wei, 强|Qiang, 磊|Lei, 军|Jun, 洋|Yang, 杰|Jie, 涛|Tao, 明|Ming'),
    last: w('王|Wang, 李|Li, 张|Zhang, 刘|Liu, 陈|Chen, 杨|Yang, 黄|Huang, 赵|Zhao, 周|Zhou, 吴|Wu'),
    nativeScript: 0.5,
    familyFirst: true,
  },
  japanese: {
    female: w('さくら|Sakura, 由美|Yumi, 恵子|Keiko, 直子|Naoko, 陽子|Yoko, 美咲|Misaki'),
    male: w('健|Ken, 浩|Hiroshi, 誠|Makoto, 大輔|Daisuke, 拓也|Takuya, 隆|Takashi'),
    last: w('佐藤|Sato, 鈴木|Suzuki, 高橋|Takahashi, 田中|Tanaka, 渡辺|Watanabe, 伊藤|Ito, 中村|Nakamura, 小林|Kobayashi'),
    nativeScript: 0.3,
    familyFirst: true,
  },
  korean: {
    female: w('지영|Ji-young, 민지|Min-ji, 수진|Su-jin, 은정|Eun-jung, 혜진|Hye-jin'),
    male: w('민수|Min-su, 성호|Sung-ho, 준영|Jun-young, 동현|Dong-hyun, 재원|Jae-won'),
    last: w('김|Kim, 이|Lee, 박|Park, 최|Choi, 정|Jung, 강|Kang'),
    nativeScript: 0.3,
    familyFirst: true,
  },
  southAsian: {
    female: w('Priya, Lakshmi, Anjali, Sunita, Kavita, Meena, Rekha, Fatema, Nasreen, Shirin, Ayesha, Deepa, Sita, Pooja'),
    male: w('Rajesh, Arun, Vijay, Sanjay, Ravi, Anil, Rahim, Kamal, Imran, Faisal, Suresh, Prakash, Ramesh, Nirmal'),
    last: w('Raghunathan, Sharma, Patel, Iyer, Nair, Reddy, Das, Chowdhury, Rahman, Hossain, Khan, Qureshi, Perera, Fernando, Shrestha, Thapa, Gurung, Menon, Banerjee'),
  },
  southeastAsian: {
    female: w('Siti, Dewi, Sri, Rina, Kartika, Maria Luisa, Ma. Theresa, Rosario, Jocelyn, Nurul, Ayu, Siriporn, Malee, Suda'),
    male: w('Budi, Agus, Ahmad, Hasan, Joel, Rodel, Ramon, Eduardo, Bayani, Rizal, Wahyu, Somsak, Anan, Prasert'),
    last: w('Nurhaliza, Santoso, Wijaya, Hidayat, Rahman, Abdullah, Ismail, Reyes, Santos, Dela Cruz, Bautista, Mendoza, Villanueva, Aquino, Chaiyasit, Srisuk'),
  },
  oceanian: {
    female: w('Mere, Aroha, Ana, Losana, Mele, Salote, Sina, Talia, Vaea, Kalesi, Grace, Charlotte, Olivia, Emma'),
    male: w('Tevita, Sione, Iosefa, Ratu, Viliame, Manu, Tane, Wiremu, Jack, Liam, Noah, Peni, Semisi, Tomasi'),
    last: w('Ngata, Parata, Tuhiwai, Taufa, Fifita, Havili, Tuilagi, Leota, Naivalu, Qarase, Bainimarama, Kama, Walker, Thompson, Nguyen, Mitchell, Kaupa, Namaliu'),
  },
} satisfies Record<string, NamePool>;

export type NameRegion = keyof typeof NAMES;

/** Splits "display|latin" into its two forms (the same string when there is no script variant). */
export function nameForms(entry: string): { display: string; latin: string } {
  const bar = entry.indexOf('|');
  return bar < 0 ? { display: entry, latin: entry } : { display: entry.slice(0, bar), latin: entry.slice(bar + 1) };
}
