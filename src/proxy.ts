import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { getToken } from 'next-auth/jwt';
import { routing } from '@/lib/i18n/routing';
import { checkActionBody, isServerActionRequest } from '@/lib/request-guard';
import { safeDecode } from '@/lib/validation';
import { encodePendingCookie, PENDING_COOKIE, PENDING_MAX_AGE_S, type PendingCookie } from '@/features/delegations/pending/cookie';

const intl = createMiddleware(routing);

/**
 * Locale negotiation and optimistic redirects ONLY. This is not a security
 * boundary: every page loader, server action and route handler authorizes
 * again through the data-access layer (features/auth/data.ts).
 */
function secret(): string | undefined {
  return process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET ?? (process.env.NODE_ENV === 'production' ? undefined : 'development-only-secret-do-not-use-in-production');
}

/** An invitation link opened while signed out: remembered (signed, httpOnly) through sign-in, sign-up and verification. */
function rememberInvitation(request: NextRequest, response: NextResponse, pending: PendingCookie): NextResponse {
  const key = secret();
  // Page loads only: a cookie set on a server action's response (the invitation page's
  // own forms post to its URL) would make Next re-render the page mid-action.
  if (!key || request.method !== 'GET' || pending.value.length > 200) return response;
  const value = encodePendingCookie(pending, key);
  if (request.cookies.get(PENDING_COOKIE)?.value === value) return response;
  response.cookies.set(PENDING_COOKIE, value, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: PENDING_MAX_AGE_S, secure: process.env.NODE_ENV === 'production' && (process.env.APP_URL ?? '').startsWith('https:') });
  return response;
}

/** The pages an anonymous visitor gets from the cache: home, event, programme (unfiltered), session. */
const CACHED_PUBLIC = /^\/(fr|en|es|pt)(\/events\/[^/]+(\/programme(\/[^/]+)?)?)?\/?$/;
const VIEW_PREFIX = /^\/(fr|en|es|pt)\/public-view(\/|$)/;

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some((c) => /^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(c.name));
}

/**
 * A GET without a session cookie for one of the public pages is rewritten to its anonymous,
 * cached copy (app/[locale]/(anon)/public-view: incremental static regeneration), so a burst of
 * visitors at a registration opening costs no rendering. Not a security decision: that copy
 * shows only what any anonymous visitor may see, and a signed-in visitor (cookie present) gets
 * the dynamic page. A query string (programme filters, ?accountDeleted) also goes to the dynamic
 * page; Next's own `_rsc` marker on client navigations does not count.
 */
function anonymousView(request: NextRequest): NextResponse | null {
  const { pathname, searchParams } = request.nextUrl;
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  // The rewritten request comes through the proxy again: serve it as it is. (Asked for
  // directly, that path shows the same anonymous page: nothing more.)
  if (VIEW_PREFIX.test(pathname)) return NextResponse.next();
  if (!CACHED_PUBLIC.test(pathname) || hasSessionCookie(request)) return null;
  if ([...searchParams.keys()].some((k) => k !== '_rsc')) return null;
  const url = request.nextUrl.clone();
  const [, locale, rest = ''] = pathname.match(/^\/(fr|en|es|pt)(.*?)\/?$/)!;
  url.pathname = `/${locale}/public-view${rest}`;
  return NextResponse.rewrite(url);
}

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
  const invitation = pathname.match(/^\/(fr|en|es|pt)\/(delegations\/join|invitations)\/([^/]+)$/);
  if (invitation) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET });
    if (!token) {
      const value = decodeURIComponent(invitation[3]);
      if (invitation[2] === 'invitations') return rememberInvitation(request, intl(request), { kind: 'token', value });
      const url = request.nextUrl.clone();
      url.pathname = `/${invitation[1]}/sign-in`;
      url.search = `?callbackUrl=${encodeURIComponent(pathname)}`;
      return rememberInvitation(request, NextResponse.redirect(url), { kind: 'code', value: value.trim().toUpperCase() });
    }
  }
  const anonymous = anonymousView(request);
  if (anonymous) return anonymous;
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
  const response = intl(request);
  // The locale cookie is for page loads. Set on a server action's answer it would count as a
  // cookie written by the action, and Next would render the whole page into that answer
  // (40–60 KB and most of the CPU of each registration in a burst).
  // (Browsers send `Sec-Fetch-Dest: empty` on an action and next-intl then sets nothing;
  // other clients do not.) Next reads a proxy's cookies from x-middleware-set-cookie.
  if (isServerActionRequest(request)) {
    response.headers.delete('set-cookie');
    response.headers.delete('x-middleware-set-cookie');
  }
  return response;
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
