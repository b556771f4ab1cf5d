import fr from '../../messages/fr/trust.json';
import en from '../../messages/en/trust.json';
import es from '../../messages/es/trust.json';
import pt from '../../messages/pt/trust.json';

/**
 * Server-action requests are checked before Next decodes them (src/proxy.ts):
 * a body over the limit, a text body that is not JSON (truncated, garbage) or
 * a multipart body that does not parse would otherwise surface as an HTTP 500
 * from inside Next. They get a 413/400 with a code and a message in the
 * language of the page instead. Well-formed bodies go on untouched; their
 * fields are then validated by each action's schema (VALIDATION).
 *
 * Keep ACTION_BODY_LIMIT in step with `experimental.serverActions.bodySizeLimit`
 * in next.config.ts (a member import file may be 1 MB, plus the form around it).
 */
export const ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
export const ACTION_BODY_LIMIT_LABEL = '2 MB';

const TEXT = { fr, en, es, pt } as const;

function localeOf(pathname: string): keyof typeof TEXT {
  const first = pathname.split('/')[1];
  return first === 'en' || first === 'es' || first === 'pt' ? first : 'fr';
}

/** A translated 413 (body over the limit) or 400 (malformed body), in the language of `pathname`. */
export function refuseBody(status: 400 | 413, pathname: string): Response {
  const t = TEXT[localeOf(pathname)].request;
  const body = status === 413 ? { code: 'PAYLOAD_TOO_LARGE', message: t.tooLarge.replace('{limit}', ACTION_BODY_LIMIT_LABEL) } : { code: 'BAD_REQUEST', message: t.malformed };
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

export function isServerActionRequest(request: Request): boolean {
  return request.method === 'POST' && request.headers.has('next-action');
}

/** A refusal for a server-action request whose body Next could not decode, or null when it is fine. */
export async function checkActionBody(request: Request): Promise<Response | null> {
  const { pathname } = new URL(request.url);
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > ACTION_BODY_LIMIT_BYTES) return refuseBody(413, pathname);
  let bytes: ArrayBuffer;
  try {
    bytes = await request.clone().arrayBuffer();
  } catch {
    return refuseBody(400, pathname);
  }
  if (bytes.byteLength > ACTION_BODY_LIMIT_BYTES) return refuseBody(413, pathname);
  // The multipart boundary is case-sensitive: only the check is lower-cased.
  const type = request.headers.get('content-type') ?? '';
  if (type.toLowerCase().startsWith('multipart/form-data')) {
    try {
      await new Response(bytes, { headers: { 'content-type': type } }).formData();
    } catch {
      return refuseBody(400, pathname);
    }
    return null;
  }
  // React encodes plain arguments as a JSON array in a text body.
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.length > 0) JSON.parse(text);
  } catch {
    return refuseBody(400, pathname);
  }
  return null;
}
