/**
 * Errors are values with stable codes at the boundaries. The GraphQL layer maps `code`
 * to `extensions.code`; the CLI prints `message`. Messages tell the user what to fix.
 */
export const ERROR_CODES = [
  'BAD_INPUT',
  'NOT_FOUND',
  'TOO_LARGE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'STORE_UNAVAILABLE',
  'CONFLICT',
  'BAD_CONFIG',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class KgError extends Error {
  override readonly name = 'KgError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function isKgError(e: unknown): e is KgError {
  return e instanceof KgError;
}

/** Where a caller finds entity ids. */
export const FIND_ENTITY_HINT = 'use an id from search or entity(name:)';

/** NOT_FOUND for an id that names no entity; `arg` names the argument that carried it. */
export function noSuchEntity(id: string, arg?: string): KgError {
  return new KgError('NOT_FOUND', `No entity "${id}"${arg ? ` (\`${arg}\`)` : ''}: ${FIND_ENTITY_HINT}.`);
}
