/**
 * The one place errors are shaped for clients. KgError and coded GraphQL errors pass
 * with their stable `extensions.code` and a message that says what to fix; the caller's
 * own mistakes that GraphQL or yoga catch before any resolver runs (variables that do not
 * coerce, a body that is not JSON, batching, a mutation over GET) become BAD_INPUT with
 * their message; anything else (driver errors, bugs) is logged in full with the request
 * id and reaches the client as "Unexpected error." with only the request id: no stack, no
 * store URL, no driver message.
 *
 * Errors are built with yoga's createGraphQLError, so they are instances of the
 * GraphQLError class yoga checks when it picks the HTTP status and strips internal
 * extensions: graphql 16 ships a CommonJS `main` and an ESM `module`, and a bundler (vite,
 * under vitest) can load the other copy for this file than Node loads for yoga.
 */
import { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
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
/**
 * yoga's codes for requests it refuses before GraphQL runs (invalid JSON body, batching,
 * a mutation over GET, no operation to pick), mapped onto ours; yoga's HTTP status
 * (400, 405, 413) and headers (`Allow`) stay.
 */
const YOGA_CODES: Record<string, ErrorCode> = { BAD_REQUEST: 'BAD_INPUT', OPERATION_RESOLUTION_FAILURE: 'BAD_INPUT', REQUEST_ENTITY_TOO_LARGE: 'TOO_LARGE' };
/**
 * A request error's status, as yoga gives validation errors: 400, or 200 to a client that
 * accepts only application/json (`spec`: GraphQL over HTTP says so for that media type).
 */
const REQUEST_ERROR_HTTP = { status: 400, spec: true };

export function codedError(code: ErrorCode, message: string, source?: GraphQLError, details?: Record<string, unknown>): GraphQLError {
  const status = HTTP_STATUS[code];
  return createGraphQLError(message.replace(STORE_URL, '[store]'), {
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

/**
 * Whether every cause under an error was raised on purpose with a message meant for the
 * caller: a GraphQLError (graphql's 'Int cannot represent non-integer value: "10"', the
 * Date scalar's format) or a KgError, down to the root. A plain Error at the root (a
 * scalar's bug throwing a TypeError, which graphql wraps as 'Expected type "Date". …') is
 * not, and stays masked.
 */
function raisedOnPurpose(cause: unknown): boolean {
  for (let e = cause; e; e = (e as GraphQLError).originalError) {
    if (e instanceof KgError) return true;
    if (!isGraphQLError(e)) return false;
    if (e.originalError === e) return true;
  }
  return true;
}

/**
 * The request cannot run as sent: an error the executor (@graphql-tools/executor, for
 * errors that stop a request before execution) or yoga's validation marked HTTP 400, with
 * no path and no code of its own (graphql copies the cause's `extensions` when it wraps
 * one, so a code equal to the cause's is not its own). These are graphql's variable
 * coercion ('Variable "$n" got invalid value "10"; Int cannot represent non-integer value:
 * "10"', '… must not be null', '… was not provided'), a literal the Date scalar refuses,
 * and operation selection ("Must provide operation name …"): BAD_INPUT with graphql's
 * message, which names the variable. (A resolver's result that graphql refuses, such as
 * "Subscription field must return Async Iterable", carries no such mark.)
 */
function isRequestError(error: GraphQLError): boolean {
  const code = codeOf(error);
  const cause = error.originalError;
  const ownCode = code !== undefined && !(cause && isGraphQLError(cause) && codeOf(cause) === code);
  const http = (error.extensions as GraphQLError['extensions'] | undefined)?.http as { status?: unknown } | undefined;
  return http?.status === 400 && !error.path && !ownCode && raisedOnPurpose(cause);
}

/** `extensions.code`; graphql-jit's errors come without `extensions` at all. */
function codeOf(error: GraphQLError): unknown {
  return (error.extensions as GraphQLError['extensions'] | undefined)?.code;
}

export function toClientError(error: GraphQLError, requestId: string, logger: Logger): GraphQLError {
  const original = error.originalError;
  const code = codeOf(error);
  if (!original || original === error) {
    if (ARMOR_LIMIT.test(error.message) && code !== 'TOO_LARGE') {
      const message = error.message.replace(/^Syntax Error: /, '') + ' Simplify the query.';
      return createGraphQLError(message, { nodes: error.nodes, extensions: { code: 'TOO_LARGE', http: { status: 400 } } });
    }
    if (typeof code === 'string' && YOGA_CODES[code]) {
      // Only code and status: yoga's BAD_REQUEST for invalid JSON also carries the parser's `originalError`.
      const { spec: _spec, ...http } = (error.extensions.http ?? { status: 400 }) as Record<string, unknown>;
      return createGraphQLError(error.message, { nodes: error.nodes, extensions: { code: YOGA_CODES[code], http } });
    }
  }
  if (isRequestError(error)) {
    return createGraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_INPUT', http: REQUEST_ERROR_HTTP } });
  }
  if (!original || original === error) return error;
  if (original instanceof KgError) return codedError(original.code, original.message, error, original.details);
  if (isGraphQLError(original) && typeof codeOf(original) === 'string') {
    return createGraphQLError(original.message, { nodes: error.nodes, path: error.path, extensions: original.extensions });
  }
  const driverCode = (original as { code?: unknown }).code;
  logger.error('graphql: unexpected error', { requestId, path: error.path?.join('.'), error: original });
  if (typeof driverCode === 'string' && UNAVAILABLE_DRIVER_CODES.has(driverCode)) {
    return createGraphQLError('The graph store is unavailable right now: retry shortly, or check /readyz.', {
      nodes: error.nodes, path: error.path, extensions: { code: 'STORE_UNAVAILABLE', requestId },
    });
  }
  return createGraphQLError('Unexpected error.', { nodes: error.nodes, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
}

/** yoga's fallback masker for errors outside execution (no request context there). */
export function createMaskError(logger: Logger) {
  return (error: unknown): Error => {
    if (isGraphQLError(error)) return toClientError(error, 'n/a', logger);
    if (error instanceof KgError) return codedError(error.code, error.message);
    logger.error('graphql: unexpected error outside execution', { error });
    return createGraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
