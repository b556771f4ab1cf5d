// What next-auth/react's signIn('credentials', { redirect: false }) and signOut() do — a CSRF
// token, then a POST to NextAuth's endpoint — without shipping next-auth/react (~11 KB gzipped,
// with its regenerator runtime) to the sign-in page and to every page's header.

async function csrfToken(): Promise<string> {
  const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
  return csrfToken;
}

/** Signs in with e-mail and password; `error` is NextAuth's code (`CredentialsSignin`, `RATE_LIMITED`, …) or null. */
export async function signInWithCredentials(email: string, password: string): Promise<{ ok: boolean; error: string | null }> {
  const res = await fetch('/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password, csrfToken: await csrfToken(), callbackUrl: window.location.href, json: 'true' }),
  });
  const data = (await res.json().catch(() => ({}))) as { url?: string };
  let error: string | null = null;
  try {
    error = new URL(data.url ?? '', window.location.origin).searchParams.get('error');
  } catch {
    error = 'INTERNAL';
  }
  if (!data.url) error ??= 'INTERNAL';
  return { ok: res.ok && !error, error };
}

/** Signs out, then loads `callbackUrl` (a full page load: the header must change). */
export async function signOut(callbackUrl: string): Promise<void> {
  const res = await fetch('/api/auth/signout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
    body: new URLSearchParams({ csrfToken: await csrfToken(), callbackUrl, json: 'true' }),
  });
  const { url } = (await res.json().catch(() => ({}))) as { url?: string };
  window.location.href = url ?? callbackUrl;
}
