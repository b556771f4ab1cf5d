import NextAuth from 'next-auth';
import { authOptions } from '@/features/auth/next-auth';

// The one route handler not built from a route client (documented exception):
// NextAuth's own catch-all, which IS the sign-in gate. Sign-in attempts are
// rate-limited inside it (features/auth/sign-in.ts).
const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
