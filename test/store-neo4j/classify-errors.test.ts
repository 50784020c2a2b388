/**
 * Driver failures become typed errors that say what to do (no Neo4j needed: the codes are
 * the driver's own, as seen from a busy 2-core Neo4j under 32 concurrent path searches).
 */
import { describe, expect, it } from 'vitest';
import { isKgError } from '../../server/errors.ts';
import { classifyNeo4jError } from '../../server/store/neo4j/driver.ts';

const opts = { uri: 'bolt://127.0.0.1:7687', user: 'neo4j' };
const driverError = (code: string) => Object.assign(new Error(`driver says ${code}`), { code });

describe('classifyNeo4jError', () => {
  it.each([
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'TOO_LARGE', /took too long/],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'STORE_UNAVAILABLE', /out of transaction memory: retry/],
    ['ServiceUnavailable', 'STORE_UNAVAILABLE', /Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:7687/],
    ['Neo.ClientError.Security.Unauthorized', 'BAD_CONFIG', /credentials for user neo4j/],
  ])('%s → %s', (code, kgCode, message) => {
    const e = classifyNeo4jError(driverError(code), opts);
    expect(isKgError(e) && e.code).toBe(kgCode);
    expect((e as Error).message).toMatch(message);
  });

  it('passes anything else through unchanged', () => {
    const e = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(classifyNeo4jError(e, opts)).toBe(e);
  });
});
