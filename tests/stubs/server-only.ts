// `server-only` throws when imported outside a React Server Components build;
// vitest aliases it to this empty module (see vitest.config.ts).
export {};
