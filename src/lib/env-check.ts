/**
 * The environment, checked once at start (src/instrumentation.ts). Pure: it
 * takes the variables and answers with what is wrong, each message saying
 * what to set. In production (`next start` always sets NODE_ENV=production)
 * any problem stops the server; in development they are printed as warnings.
 */
export type EnvProblems = string[];
type Env = Record<string, string | undefined>;

function isUrl(value: string, schemes: string[]): boolean {
  try {
    return schemes.includes(new URL(value).protocol.replace(/:$/, ''));
  } catch {
    return false;
  }
}

/** DATA_ENCRYPTION_KEY: 32 bytes, as 64 hex characters or base64 (44 characters with padding, or base64url). */
export function parseEncryptionKey(value: string): Buffer | null {
  const v = value.trim();
  if (/^[0-9a-f]{64}$/i.test(v)) return Buffer.from(v, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(v)) {
    const bytes = Buffer.from(v.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return bytes.length === 32 ? bytes : null;
  }
  return null;
}

/**
 * Why demo mode may not run here, or null. Demo mode shows secret links
 * (verification, reset, invitation) in the staff outbox, so it is refused
 * wherever the deployment looks real: PostgreSQL (DATABASE_URL), a mail server
 * (SMTP_URL), or APP_ENV=production.
 */
export function demoModeRefusal(env: Env): string | null {
  if (env.APP_ENV === 'production') return 'APP_ENV=production';
  if (env.DATABASE_URL && /^postgres(ql)?:\/\//.test(env.DATABASE_URL)) return 'DATABASE_URL points to PostgreSQL';
  if (env.SMTP_URL) return 'SMTP_URL is set (real e-mail)';
  return null;
}

export function checkEnvironment(env: Env): EnvProblems {
  const problems: EnvProblems = [];
  const production = env.NODE_ENV === 'production';
  const secret = env.NEXTAUTH_SECRET ?? env.AUTH_SECRET;
  if (production && (!secret || secret.length < 32)) {
    problems.push('NEXTAUTH_SECRET must be set to at least 32 random characters in production (e.g. `openssl rand -base64 32`; `npm run demo` makes one for you).');
  }
  for (const name of ['NEXTAUTH_URL', 'APP_URL']) {
    const value = env[name];
    if (value && !isUrl(value, ['http', 'https'])) problems.push(`${name} must be a full http(s) URL such as https://rencontre.example.org (got "${value}").`);
  }
  if (env.DATABASE_URL && /^postgres/i.test(env.DATABASE_URL) && !isUrl(env.DATABASE_URL, ['postgres', 'postgresql'])) {
    problems.push('DATABASE_URL must be a URL such as postgresql://user:password@host:5432/rencontre (or unset for the embedded database).');
  }
  if (env.SMTP_URL && !isUrl(env.SMTP_URL, ['smtp', 'smtps'])) problems.push('SMTP_URL must be a URL such as smtps://user:password@mail.example.org:465 (or unset: e-mails stay in the outbox).');
  if (env.DATA_ENCRYPTION_KEY && !parseEncryptionKey(env.DATA_ENCRYPTION_KEY)) {
    problems.push('DATA_ENCRYPTION_KEY must be 32 bytes, as 64 hex characters or base64 (e.g. `openssl rand -base64 32`).');
  }
  if (env.TRUSTED_PROXIES && !/^\d{1,2}$/.test(env.TRUSTED_PROXIES.trim())) {
    problems.push('TRUSTED_PROXIES must be the number of proxies in front of the app that append to X-Forwarded-For (e.g. 1), or unset.');
  }
  if (env.DEMO_MODE && env.DEMO_MODE !== '0' && env.DEMO_MODE !== '1') problems.push('DEMO_MODE must be 1 (demo) or 0/unset.');
  if (env.DEMO_MODE === '1') {
    const refusal = demoModeRefusal(env);
    if (refusal) problems.push(`DEMO_MODE=1 is refused here (${refusal}): demo mode shows secret links to staff. Unset DEMO_MODE in a real deployment.`);
  }
  return problems;
}
