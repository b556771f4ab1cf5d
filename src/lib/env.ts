import 'server-only';
import { demoModeRefusal } from './env-check';

/** Where the app is reachable, for links in e-mails. */
export function appUrl(): string {
  return (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

/** SMTP connection URL (nodemailer); unset: e-mails stay in the outbox only. */
export function smtpUrl(): string | undefined {
  return process.env.SMTP_URL || undefined;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? 'Rencontre <no-reply@rencontre.test>';
}

/** Secret for signed tokens (sessions, badge QR codes). Required in production. */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (secret && (secret.length >= 32 || process.env.NODE_ENV !== 'production')) return secret;
  if (process.env.NODE_ENV === 'production') {
    throw new Error('NEXTAUTH_SECRET must be set to at least 32 characters in production (npm run demo sets one for you; see README).');
  }
  return 'development-only-secret-do-not-use-in-production';
}

/**
 * Demo mode (`npm run demo`, DEMO_MODE=1): the staff outbox shows messages
 * with secret links so a demo works without a mail server, and every page
 * says so in a banner. Never on where the deployment looks real (see
 * demoModeRefusal: PostgreSQL, SMTP_URL, APP_ENV=production) — re-checked on
 * every call, not only at start.
 */
export function isDemoMode(): boolean {
  return process.env.DEMO_MODE === '1' && demoModeRefusal(process.env) === null;
}
