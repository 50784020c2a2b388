/**
 * API keys. With KG_API_KEYS set, every operation needs a key (header
 * `authorization: Bearer <key>` or `x-api-key: <key>`): reads need reader, ingest and
 * addAlias need editor, delete and merge need admin (mutation resolvers call
 * requireRole). Without keys the server listens on localhost only and the local caller
 * is admin.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { KgError } from '../../errors.ts';
import type { Caller, GraphQLContext, Role } from '../context.ts';
import { codedError } from '../to-client-error.ts';

const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

/** The key a request presents, if any. */
function presentedKey(request: Request): string | null {
  const auth = request.headers.get('authorization');
  const bearer = auth && /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
  return bearer || request.headers.get('x-api-key') || null;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Resolve the caller once per request. Keys are compared in constant time on their digests. */
export function callerFromRequest(request: Request, keys: ReadonlyMap<string, Role>): Caller {
  if (keys.size === 0) return { id: 'local', role: 'admin' };
  const key = presentedKey(request);
  if (!key) return { id: 'anonymous', role: null };
  const presented = digest(key);
  for (const [known, role] of keys) {
    if (timingSafeEqual(presented, digest(known))) return { id: `key:${presented.toString('hex').slice(0, 12)}`, role };
  }
  return { id: 'unknown-key', role: null };
}

/** Throws FORBIDDEN (or UNAUTHENTICATED) unless the caller holds at least `role`. */
export function requireRole(context: Pick<GraphQLContext, 'caller'>, role: Role): void {
  const have = context.caller.role;
  if (!have) throw new KgError('UNAUTHENTICATED', 'Send an API key: header "authorization: Bearer <key>" or "x-api-key: <key>".');
  if (RANK[have] < RANK[role]) throw new KgError('FORBIDDEN', `This needs the ${role} role; your key has ${have}. Ask an admin for a key with ${role}.`);
}

/** Every operation (query, mutation, subscription, introspection) needs at least reader when keys are set. */
export function useApiKeys(): Plugin<GraphQLContext> {
  const check = (context: GraphQLContext, stop: (r: { errors: ReturnType<typeof codedError>[] }) => void) => {
    const { caller } = context;
    if (caller.role) return;
    const message = caller.id === 'unknown-key'
      ? 'The API key is not recognized: check it, or ask an admin for one.'
      : 'Send an API key: header "authorization: Bearer <key>" or "x-api-key: <key>".';
    stop({ errors: [codedError('UNAUTHENTICATED', message)] });
  };
  return {
    onExecute: ({ args, setResultAndStopExecution }) => check(args.contextValue as GraphQLContext, setResultAndStopExecution),
    onSubscribe: ({ args, setResultAndStopExecution }) => check(args.contextValue as GraphQLContext, setResultAndStopExecution),
  };
}
