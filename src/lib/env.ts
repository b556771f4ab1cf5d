import 'server-only';

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
  if (secret) return secret;
  if (process.env.NODE_ENV === 'production') {
    throw new Error('NEXTAUTH_SECRET is not set (npm run demo sets one for you; see README).');
  }
  return 'development-only-secret-do-not-use-in-production';
}
