import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const dbClient = {
  paths: [{ name: '@/lib/db', message: 'Only data.ts and mutations.ts (and prisma/, tools/, tests/, bench/) talk to the database: the access scope lives there.' }],
  patterns: [
    { group: ['**/lib/db', '@/generated/prisma/client', '**/generated/prisma/client'], message: 'Only data.ts and mutations.ts talk to the database (type-only imports are fine).', allowTypeImports: true },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', 'node_modules/**', 'src/generated/**', 'test-results/**', 'playwright-report/**', '.data/**', 'next-env.d.ts']),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/data.ts', 'src/**/mutations.ts', 'src/lib/db.ts', 'src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', dbClient] },
  },
]);
