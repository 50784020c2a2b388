/**
 * Driver failures become typed errors that say what to do (no Neo4j needed: the codes are
 * the driver's own, as seen from a busy 2-core Neo4j under 32 concurrent path searches).
 */
import { describe, expect, it } from 'vitest';
import { isKgError } from '../../server/errors.ts';
import { classifyNeo4jError } from '../../server/store/neo4j/driver.ts';
import { writeInHalvesIfTooLarge } from '../../server/store/neo4j/write-in-halves.ts';

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

  it('one transaction over its own memory cap → TOO_LARGE (retrying cannot help), split into halves by a write', async () => {
    // Neo4j 5.26's own words for the per-transaction cap (db.memory.transaction.max)
    const overCap = Object.assign(new Error('The allocation of an extra 17.4 MiB would use more than the limit 256.0 MiB. Currently using 244.1 MiB. db.memory.transaction.max threshold reached'),
      { code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' });
    const e = classifyNeo4jError(overCap, opts);
    expect(isKgError(e) && e.code).toBe('TOO_LARGE');
    expect((e as Error).message).toMatch(/fewer reports per batch/);

    // a write that only fits 3 items per transaction: every item lands, each once, in order
    const written: number[][] = [];
    const write = async (batch: number[]) => {
      if (batch.length > 3) throw classifyNeo4jError(overCap, opts);
      written.push(batch);
      return batch.map((n) => n * 10);
    };
    expect(await writeInHalvesIfTooLarge([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], write)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(written.flat()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(Math.max(...written.map((b) => b.length))).toBeLessThanOrEqual(3);
    // one item still too large, or any other failure, is not split further
    await expect(writeInHalvesIfTooLarge([1], async () => { throw classifyNeo4jError(overCap, opts); })).rejects.toMatchObject({ code: 'TOO_LARGE' });
    let calls = 0;
    await expect(writeInHalvesIfTooLarge([1, 2, 3, 4], async () => { calls++; throw new Error('other'); })).rejects.toThrow('other');
    expect(calls).toBe(1);
  });

  it('passes anything else through unchanged', () => {
    const e = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(classifyNeo4jError(e, opts)).toBe(e);
  });
});
