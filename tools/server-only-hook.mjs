// Lets command-line tools (npm run retention / keys:rotate) reuse the app's
// server modules: `server-only` throws outside React's server build, so here it
// resolves to an empty module. Used as `tsx --import ./tools/server-only-hook.mjs`.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
      if (specifier === 'server-only') return { url: 'data:text/javascript,export {}', shortCircuit: true };
      return next(specifier, context);
    }`),
);
