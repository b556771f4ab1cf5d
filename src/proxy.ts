import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { getToken } from 'next-auth/jwt';
import { routing } from '@/lib/i18n/routing';
import { checkActionBody, isServerActionRequest } from '@/lib/request-guard';
import { safeDecode } from '@/lib/validation';

const intl = createMiddleware(routing);

/**
 * Locale negotiation and optimistic redirects ONLY. This is not a security
 * boundary: every page loader, server action and route handler authorizes
 * again through the data-access layer (features/auth/data.ts).
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Bad server-action bodies get a clear 413/400 here rather than a 500 from inside Next.
  if (isServerActionRequest(request)) {
    const refusal = await checkActionBody(request);
    if (refusal) return refusal;
  }
  // A malformed escape ("/fr/invitations/%25" decodes to a bare "%") would make the
  // locale rewrite an invalid URL and Next answer 500: it is a translated 404 instead.
  const decoded = safeDecode(pathname);
  if (decoded === null || /%(?![0-9a-f]{2})/i.test(decoded)) {
    const url = request.nextUrl.clone();
    url.pathname = `/${pathname.match(/^\/(fr|en|es|pt)(\/|$)/)?.[1] ?? 'fr'}/not-found`;
    url.search = '';
    return NextResponse.rewrite(url);
  }
  const match = pathname.match(/^\/(fr|en|es|pt)(\/(staff|account|my)(\/|$).*)$/);
  if (match) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET });
    if (!token) {
      const url = request.nextUrl.clone();
      url.pathname = `/${match[1]}/sign-in`;
      url.search = `?callbackUrl=${encodeURIComponent(pathname + request.nextUrl.search)}`;
      return NextResponse.redirect(url);
    }
  }
  return intl(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
