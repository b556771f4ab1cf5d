// `npm run retention`: erases visa data (passport number and expiry, date of
// birth) of every event whose retention period is over (event end + the
// event's retentionDays, default 30). Letters stay verifiable. Idempotent and
// safe to run daily from cron on any instance (or several at once).
import { disconnectDb } from '@/lib/db';
import { eraseExpiredVisaData } from '@/features/visa-letters/mutations';

const result = await eraseExpiredVisaData();
const erased = result.filter((r) => r.erased > 0);
console.log(`[retention] ${result.length} event(s) past their retention period; visa data erased from ${erased.reduce((n, r) => n + r.erased, 0)} registration(s)${erased.length ? ` in ${erased.map((r) => r.eventId).join(', ')}` : ''}.`);
await disconnectDb();
process.exit(0);
