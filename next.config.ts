import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // A separate build folder per parallel test run (tests/e2e), `.next` otherwise.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Loaded by Node at run time, not bundled (PGlite resolves its WASM files by URL).
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pg', '@node-rs/argon2', 'pdfkit', 'exceljs', 'highs'],
  poweredByHeader: false,
  experimental: {
    // Server-action bodies: a member import file may be 1 MB (MAX_IMPORT_BYTES), plus the form around it.
    // Keep in step with ACTION_BODY_LIMIT_BYTES in src/lib/request-guard.ts, which answers 413 above it.
    serverActions: { bodySizeLimit: '2mb' },
    // The data cache and the cached anonymous pages (src/lib/public-cache.ts, app/[locale]/(anon))
    // live in this process's memory only: on disk they would outlive the database they came from
    // (a restart on a restored or reset database served a page listing sessions that no longer exist).
    isrFlushToDisk: false,
  },
  // Types are checked by `npm run typecheck` (the first step of `npm test` and of
  // `npm run build`), not a second time inside `next build`.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
