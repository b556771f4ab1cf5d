// First-run set-up of a real deployment, without any known password:
//
//   npm run setup:admin -- --email secretariat@gesq.org [--name "Secrétariat"] [--locale fr]
//
// Creates the first SECRETARIAT account (or promotes an existing account) and
// prints a one-time link, valid 24 hours, where its owner chooses the password
// (the password-reset page). Run it again for a new link. Uses DATABASE_URL
// (or the embedded PGlite folder: stop the app first, PGlite is single-process)
// and APP_URL for the link. Nothing it imports needs Next.
import { runScript } from '@/lib/db';
import { isLocale } from '@/lib/i18n/locales';
import { emailField } from '@/lib/validation';
import { setupSecretariatAccount } from '@/features/auth/setup/mutations';

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<number> {
  const email = emailField.safeParse(arg('email') ?? '');
  const locale = arg('locale') ?? 'fr';
  if (!email.success || !isLocale(locale)) {
    console.error('Usage: npm run setup:admin -- --email <address> [--name <name>] [--locale fr|en|es|pt]');
    return 2;
  }
  const result = await setupSecretariatAccount({ email: email.data, name: arg('name'), locale });
  console.log(result.created ? `Created the secretariat account ${email.data}.` : result.promoted ? `${email.data} is now a secretariat account.` : `${email.data} is already a secretariat account: here is a new link.`);
  console.log('Open this link within 24 hours to choose the password (it works once):');
  console.log(`  ${result.url}`);
  return 0;
}

runScript(main);
