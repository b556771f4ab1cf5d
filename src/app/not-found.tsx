import Link from 'next/link';

// Paths outside any locale (the proxy redirects almost all of them).
export default function RootNotFound() {
  return (
    <html lang="fr">
      <body>
        <main>
          <h1>404</h1>
          <p>
            <Link href="/fr">Rencontre</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
