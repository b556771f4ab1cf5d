// `npm run keys:rotate`: re-encrypts passport numbers and dates of birth under
// the current DATA_ENCRYPTION_KEY. Put the previous key(s) in
// DATA_ENCRYPTION_KEYS (comma-separated) while rotating, on every instance:
//   DATA_ENCRYPTION_KEYS=<old> DATA_ENCRYPTION_KEY=<new> npm run keys:rotate
// Then the old key can be dropped. Safe to run again (rows already under the
// current key are left alone) and while the app serves.
import { disconnectDb } from '@/lib/db';
import { keyRing } from '@/lib/field-crypto';
import { rotateDataKeys } from '@/features/visa-letters/mutations';

const ring = keyRing();
console.log(`[keys] current key id ${ring.current.id}; known: ${[...ring.byId.keys()].join(', ')}`);
const { scanned, rotated } = await rotateDataKeys();
console.log(`[keys] ${scanned} registration(s) with visa data; ${rotated} re-encrypted under ${ring.current.id}.`);
await disconnectDb();
process.exit(0);
