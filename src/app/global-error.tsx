'use client';

import fr from '../../messages/fr/trust.json';
import en from '../../messages/en/trust.json';
import es from '../../messages/es/trust.json';
import pt from '../../messages/pt/trust.json';

const TEXT = { fr, en, es, pt } as const;
type Locale = keyof typeof TEXT;

function localeOf(): Locale {
  if (typeof window === 'undefined') return 'fr';
  const first = window.location.pathname.split('/')[1];
  return first === 'en' || first === 'es' || first === 'pt' ? first : 'fr';
}

/**
 * The last resort, when the root layout itself fails: it replaces the whole
 * document, so no message provider is there; the texts come straight from
 * messages/<locale>/trust.json, the language from the URL.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = localeOf();
  const t = TEXT[locale].error;
  return (
    <html lang={locale}>
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: 0, padding: '2rem 1rem', color: '#1c1917' }}>
        <main style={{ maxWidth: '40rem', margin: '0 auto' }}>
          <h1 style={{ fontSize: '1.5rem' }}>{t.title}</h1>
          <p>{t.lead}</p>
          <p style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'center' }}>
            <button type="button" onClick={reset} style={{ minHeight: '2.75rem', padding: '0 1rem', background: '#08563e', color: '#fff', border: 0, borderRadius: '0.375rem', fontSize: '1rem' }}>
              {t.retry}
            </button>
            <a href={`/${locale}`} style={{ color: '#08563e' }}>
              {t.home}
            </a>
          </p>
          {error.digest ? <p style={{ fontSize: '0.875rem' }}>{t.reference.replace('{digest}', error.digest)}</p> : null}
        </main>
      </body>
    </html>
  );
}
