// Runs once when the server starts (Next.js instrumentation hook).
import { checkEnvironment } from '@/lib/env-check';

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const problems = checkEnvironment(process.env);
  if (problems.length === 0) return;
  const text = `Rencontre: the environment needs attention:\n${problems.map((p) => `  - ${p}`).join('\n')}`;
  if (process.env.NODE_ENV === 'production') {
    console.error(`${text}\nThe server will not start until these are fixed (see README, "Environment").`);
    process.exit(1);
  }
  console.warn(text);
}
