/**
 * The one place errors are shaped for clients. KgError and coded GraphQL errors pass
 * with their stable `extensions.code` and a message that says what to fix; anything
 * else (driver errors, bugs) is logged in full with the request id and reaches the
 * client as "Unexpected error." with only the request id: no stack, no store URL, no
 * driver message.
 */
import { GraphQLError } from 'graphql';
import { KgError, type ErrorCode } from '../errors.ts';
import type { Logger } from '../logger.ts';

/** Codes beyond KgError's: GraphQL's own (validation, parse) and the masked fallback. */
export type ClientErrorCode = ErrorCode | 'INTERNAL_SERVER_ERROR' | 'GRAPHQL_VALIDATION_FAILED' | 'GRAPHQL_PARSE_FAILED';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429, TOO_LARGE: 413 };
const STORE_URL = /\b(?:bolt|neo4j)(?:\+s|\+ssc)?:\/\/[^\s'"`]*/gi;
/** graphql-armor's rejections: "Query depth limit of 8 exceeded, found 9." and friends. */
const ARMOR_LIMIT = /\blimit of \d+ exceeded\b/i;
/** neo4j-driver error codes meaning "the database cannot be reached" (classified by code, never by message). */
const UNAVAILABLE_DRIVER_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized', 'Neo.TransientError.General.DatabaseUnavailable']);

export function codedError(code: ErrorCode, message: string, source?: GraphQLError, details?: Record<string, unknown>): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message.replace(STORE_URL, '[store]'), {
    nodes: source?.nodes,
    path: source?.path,
    extensions: { code, ...(details ? { details } : {}), ...(status && !source?.path ? { http: { status } } : {}) },
  });
}

/**
 * graphql-armor ships CommonJS and so throws the CommonJS graphql's GraphQLError: compare
 * by name, not instanceof (the dual-package hazard).
 */
export function isGraphQLError(e: unknown): e is GraphQLError {
  return e instanceof GraphQLError || (e instanceof Error && e.name === 'GraphQLError');
}

export function toClientError(error: GraphQLError, requestId: string, logger: Logger): GraphQLError {
  const original = error.originalError;
  if (!original || original === error) {
    if (ARMOR_LIMIT.test(error.message)) {
      const shaped = codedError('TOO_LARGE', error.message.replace(/^Syntax Error: /, '') + ' Simplify the query.', error);
      return new GraphQLError(shaped.message, { nodes: error.nodes, extensions: { code: 'TOO_LARGE', http: { status: 400 } } });
    }
    return error;
  }
  if (original instanceof KgError) return codedError(original.code, original.message, error, original.details);
  if (isGraphQLError(original) && typeof original.extensions.code === 'string') {
    return new GraphQLError(original.message, { nodes: error.nodes, path: error.path, extensions: original.extensions });
  }
  const driverCode = (original as { code?: unknown }).code;
  logger.error('graphql: unexpected error', { requestId, path: error.path?.join('.'), error: original });
  if (typeof driverCode === 'string' && UNAVAILABLE_DRIVER_CODES.has(driverCode)) {
    return new GraphQLError('The graph store is unavailable right now: retry shortly, or check /readyz.', {
      nodes: error.nodes, path: error.path, extensions: { code: 'STORE_UNAVAILABLE', requestId },
    });
  }
  return new GraphQLError('Unexpected error.', { nodes: error.nodes, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
}

/** yoga's fallback masker for errors outside execution (no request context there). */
export function createMaskError(logger: Logger) {
  return (error: unknown): Error => {
    if (isGraphQLError(error)) return toClientError(error, 'n/a', logger);
    if (error instanceof KgError) return codedError(error.code, error.message);
    logger.error('graphql: unexpected error outside execution', { error });
    return new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
