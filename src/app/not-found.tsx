import fr from '../../messages/fr/common.json';
import en from '../../messages/en/common.json';
import es from '../../messages/es/common.json';
import pt from '../../messages/pt/common.json';

const LOCALES = [
  ['fr', fr],
  ['en', en],
  ['es', es],
  ['pt', pt],
] as const;

// Paths outside any locale (the proxy sends almost all of them to a locale,
// where [locale]/not-found.tsx answers in the user's language): all four.
export default function RootNotFound() {
  return (
    <html lang="fr">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: 0, padding: '2rem 1rem', color: '#1c1917' }}>
        <main style={{ maxWidth: '40rem', margin: '0 auto' }}>
          <h1 style={{ fontSize: '1.5rem' }}>{fr.notFound}</h1>
          <ul style={{ listStyle: 'none', padding: 0 }}>
            {LOCALES.map(([locale, m]) => (
              <li key={locale} lang={locale} style={{ margin: '0.75rem 0' }}>
                {locale === 'fr' ? null : <strong>{m.notFound}. </strong>}
                {m.notFoundLead}{' '}
                <a href={`/${locale}`} style={{ color: '#08563e' }}>
                  {m.backHome}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
