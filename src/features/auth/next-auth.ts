import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { clientIpOf } from '@/lib/request-ip';
import { authorizeCredentials } from './sign-in';

/**
 * NextAuth (v4) with e-mail + password. JWT sessions (required by the
 * Credentials provider) carry only the user id and a session version; every
 * gate re-reads role and status from the database (features/auth/data.ts).
 * The secret comes from NEXTAUTH_SECRET.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
  pages: { signIn: '/fr/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const outcome = await authorizeCredentials(
          { email: credentials?.email ?? '', password: credentials?.password ?? '' },
          clientIpOf(req?.headers),
        );
        if (outcome.ok) return outcome.user;
        if (outcome.error === 'INVALID') return null;
        // Surfaces as `error` in signIn()'s result; the form translates it.
        throw new Error(outcome.error);
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role?: string; sessionVersion?: number; locale?: string };
        token.uid = u.id;
        token.role = u.role;
        token.sv = u.sessionVersion;
        token.locale = u.locale;
      }
      return token;
    },
    async session({ session, token }) {
      // `role` is for optimistic redirects in proxy.ts and the header only.
      session.user = { ...session.user, id: token.uid, role: token.role, sv: token.sv } as typeof session.user;
      return session;
    },
  },
};
