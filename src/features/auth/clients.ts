import 'server-only';
import type { z } from 'zod';
import { actionResult, parseInput, type ActionResult } from '@/lib/action';
import { AppError } from '@/lib/errors';
import { commandResponse, handleRoute, isSameOrigin, readJsonBody } from '@/lib/route';
import { expirePublicData } from '@/lib/public-cache';
import type { Role } from '@/lib/db-types';
import { enforceRateLimits } from '@/features/rate-limit/mutations';
import type { RateLimitRule } from '@/features/rate-limit/policy';
import { getActor, requireRole, requireUser, type Actor } from './data';

/**
 * Authorization by construction (after Rallly's actionClient chain): every
 * server action and route handler is built from one of these clients, each
 * adding its gate before the handler runs, so a handler cannot be written
 * without one. `tests/integration/gates.test.ts` lists every exported action
 * and route and fails when one is not built here or is missing from the role
 * matrix.
 *
 *   publicAction       anyone (ctx.actor may be null)
 *   userAction         any signed-in, enabled account
 *   staffAction        ORGANIZER or SECRETARIAT
 *   secretariatAction  SECRETARIAT only
 *
 * A refusal on role is NOT_FOUND (staff actions reveal nothing to a prober);
 * no session is UNAUTHENTICATED.
 */
export type Gate = 'public' | 'user' | 'staff' | 'secretariat';
export const GATE = Symbol.for('rencontre.gate');

export const STAFF_ROLES: readonly Role[] = ['ORGANIZER', 'SECRETARIAT'];

type Gated = { [GATE]: Gate };
export type PublicCtx = { actor: Actor | null };
export type UserCtx = { actor: Actor };

function mark<F extends object>(fn: F, gate: Gate): F & Gated {
  Object.defineProperty(fn, GATE, { value: gate, enumerable: false });
  return fn as F & Gated;
}

/** The gate an action or route handler was built with, or undefined for a bare one. */
export function gateOf(fn: unknown): Gate | undefined {
  return typeof fn === 'function' ? (fn as Partial<Gated>)[GATE] : undefined;
}

async function actorFor(gate: Gate): Promise<Actor | null> {
  switch (gate) {
    case 'public':
      return getActor();
    case 'user':
      return requireUser();
    case 'staff':
      return requireRole(...STAFF_ROLES);
    case 'secretariat':
      return requireRole('SECRETARIAT');
  }
}

/**
 * Optional links after the gate: rate limits computed from the parsed input
 * and the caller (per IP, per target address…), each refused as RATE_LIMITED
 * before the handler runs.
 */
export type ActionOptions<I, C> = { limits?: (input: I, ctx: C) => RateLimitRule[] | Promise<RateLimitRule[]> };

/*
 * The order is the point: gate FIRST, then parse, then limits, then the
 * handler. An unauthorised caller learns nothing, not even which fields a
 * staff action expects (its validation errors).
 */
function client<C extends PublicCtx>(gate: Gate) {
  return <S extends z.ZodType, T>(
    schema: S,
    handler: (input: z.output<S>, ctx: C) => Promise<T>,
    options: ActionOptions<z.output<S>, C> = {},
  ) =>
    mark(
      (input: z.input<S>): Promise<ActionResult<T>> =>
        actionResult(async () => {
          const ctx = { actor: await actorFor(gate) } as C;
          const parsed = parseInput(schema, input);
          if (options.limits) await enforceRateLimits(await options.limits(parsed, ctx));
          const result = await handler(parsed, ctx);
          // A staff change may show on a public page (event, programme, session): expire their cached data now.
          if (gate === 'staff' || gate === 'secretariat') expirePublicData();
          return result;
        }),
      gate,
    );
}

export const publicAction = client<PublicCtx>('public');
export const userAction = client<UserCtx>('user');
export const staffAction = client<UserCtx>('staff');
export const secretariatAction = client<UserCtx>('secretariat');

/* Route handlers: the same gates, the same codes (as HTTP statuses). */
type RouteArgs<P> = { params: Promise<P> };
type RouteHandler<P, C> = (request: Request, ctx: C & { params: P }) => Promise<Response>;

function route<C>(gate: Gate) {
  return <P = Record<string, string>>(handler: RouteHandler<P, C>) =>
    mark(
      (request: Request, args: RouteArgs<P>) =>
        handleRoute(async () => {
          const actor = await actorFor(gate);
          const params = args?.params ? await args.params : ({} as P);
          return handler(request, { actor, params } as unknown as C & { params: P });
        }),
      gate,
    );
}

export const publicRoute = route<PublicCtx>('public');
export const userRoute = route<UserCtx>('user');
export const staffRoute = route<UserCtx>('staff');
export const secretariatRoute = route<UserCtx>('secretariat');

/*
 * Command routes: a JSON POST answered with an ActionResult, for the few writes that arrive by
 * the hundred at once (a registration opening). They run the same chain as an action — gate,
 * then input (the JSON body, path parameters over it) parsed with the form's schema, limits,
 * handler — without Next's action machinery (decoding the reply, rendering an RSC answer,
 * the proxy), which cost a third of each submission's CPU in a burst. Next checks a server
 * action's Origin itself; here a request whose Origin is not this host is FORBIDDEN, nothing read.
 */
type CommandOptions<I, C> = ActionOptions<I, C> & {
  /** The input fields taken from the path (default: its parameters as they are named). */
  fromParams?: (params: Record<string, string>) => Record<string, unknown>;
};

function command<C extends PublicCtx>(gate: Gate) {
  return <S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, ctx: C) => Promise<T>, options: CommandOptions<z.output<S>, C> = {}) =>
    mark(async (request: Request, args: RouteArgs<Record<string, string>>): Promise<Response> => {
      let refusal: Response | null = null;
      const result = await actionResult(async () => {
        const ctx = { actor: await actorFor(gate) } as C;
        if (!isSameOrigin(request)) throw new AppError('FORBIDDEN');
        const body = await readJsonBody(request);
        if ('refusal' in body) {
          refusal = body.refusal;
          return null as T;
        }
        const path = args?.params ? await args.params : {};
        const params = options.fromParams ? options.fromParams(path) : path;
        const parsed = parseInput(schema, body.value !== null && typeof body.value === 'object' && !Array.isArray(body.value) ? { ...body.value, ...params } : body.value);
        if (options.limits) await enforceRateLimits(await options.limits(parsed, ctx));
        const data = await handler(parsed, ctx);
        if (gate === 'staff' || gate === 'secretariat') expirePublicData();
        return data;
      });
      return refusal ?? commandResponse(result);
    }, gate);
}

export const userCommand = command<UserCtx>('user');

/** For handlers that must refuse with a code after their own scoped load. */
export function refuse(code: 'NOT_FOUND' | 'FORBIDDEN' = 'NOT_FOUND'): never {
  throw new AppError(code);
}
