/**
 * One neo4j-driver instance per store, checked at start-up, and the one place where
 * driver errors become KgErrors. Errors are classified by Neo4jError.code, never by text.
 */
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { KgError } from '../../errors.ts';

export interface Neo4jConnectionOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT']);
const BAD_CREDENTIAL_CODES = new Set(['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

export function openDriver(opts: Neo4jConnectionOptions): Driver {
  try {
    return neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
      // Fail fast when nothing listens, rather than hanging a request or a test run.
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: 10_000,
      disableLosslessIntegers: false,
      userAgent: 'report-knowledge-graph',
    });
  } catch (e) {
    throw new KgError('BAD_CONFIG', `Invalid NEO4J_URI "${opts.uri}": use bolt://host:7687 or neo4j://host:7687 (${(e as Error).message})`);
  }
}

/** Check connectivity at start-up; throws a KgError that says what to fix. */
export async function verifyDriver(driver: Driver, opts: Neo4jConnectionOptions): Promise<void> {
  try {
    await driver.verifyConnectivity({ database: opts.database });
  } catch (e) {
    throw classifyNeo4jError(e, opts);
  }
}

/** Neo4j's code for both its transaction memory limits: the server-wide pool and one transaction's cap. */
const OUT_OF_MEMORY = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';

export function classifyNeo4jError(e: unknown, opts: { uri: string; user: string }): unknown {
  if (e instanceof KgError) return e;
  const code = e instanceof Neo4jError || (e && typeof e === 'object' && 'code' in e) ? String((e as { code: unknown }).code) : '';
  if (BAD_CREDENTIAL_CODES.has(code)) {
    return new KgError('BAD_CONFIG', `Neo4j rejected the credentials for user ${opts.user}: fix NEO4J_USER / NEO4J_PASSWORD`, { code });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new KgError('BAD_CONFIG', 'Neo4j has no such database: fix NEO4J_DATABASE (Community edition has only "neo4j")', { code });
  }
  if (UNREACHABLE_CODES.has(code)) {
    return new KgError('STORE_UNAVAILABLE', `Cannot reach Neo4j at ${opts.uri}: start it (npm run neo4j:start) or fix NEO4J_URI`, { code });
  }
  if (isTransactionMemoryLimit(e)) {
    return new KgError('TOO_LARGE', 'The request needs more memory than one Neo4j transaction may use (db.memory.transaction.max): narrow the query (time window, depth, fan-out, kinds), or write fewer reports per batch.', { code });
  }
  if (code === OUT_OF_MEMORY) {
    // The server-wide transaction memory pool: many large queries at once, or one too large.
    return new KgError('STORE_UNAVAILABLE', 'Neo4j ran out of transaction memory: retry shortly, or narrow the query (time window, depth, fan-out, kinds).', { code });
  }
  if (TIMEOUT_CODES.has(code)) {
    return new KgError('TOO_LARGE', 'The graph query took too long: narrow the time window, lower depth or fan-out, or filter kinds.', { code });
  }
  return e;
}

/**
 * One transaction went over its own memory cap (db.memory.transaction.max). Neo4j calls it
 * transient, like the server-wide pool running dry, but retrying the same work cannot
 * succeed: only a smaller request can. The message is all that tells the two apart.
 */
export function isTransactionMemoryLimit(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  return err?.code === OUT_OF_MEMORY && String(err.message).includes('db.memory.transaction.max');
}

/** The TOO_LARGE that isTransactionMemoryLimit became (classifyNeo4jError). */
export function isOverTransactionMemory(e: unknown): boolean {
  return e instanceof KgError && e.code === 'TOO_LARGE' && e.details?.code === OUT_OF_MEMORY;
}

export function isConstraintRace(e: unknown): boolean {
  return e instanceof Neo4jError && e.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

/** Schema statements that lost an IF NOT EXISTS race to a concurrent start-up. */
export function isSchemaAlreadyThere(e: unknown): boolean {
  return e instanceof Neo4jError && /^Neo\.ClientError\.Schema\.(EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists)$/.test(e.code);
}
