/**
 * Managed transactions over named statements. Every query runs inside executeRead /
 * executeWrite with a timeout; the driver retries transient errors (deadlocks, leader
 * switches) and we also retry the constraint race two concurrent MERGEs can lose.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { classifyNeo4jError, isConstraintRace, isTransactionMemoryLimit } from './driver.ts';
import type { StatementName, Statements } from './statements.ts';
import { recordToPlain } from './to-plain.ts';

export interface Tx {
  /** Run a named statement from cypher/ and return its rows as plain objects. */
  run<T = Record<string, unknown>>(name: StatementName, params?: Record<string, unknown>): Promise<T[]>;
}

export interface TransactionRunner {
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Run one raw statement outside a managed transaction body (schema DDL only). */
  runSchema(statement: string): Promise<void>;
  /** One quick auto-commit round trip, no retries: for readiness probes. */
  ping(statement: string): Promise<void>;
}

const CONSTRAINT_RACE_RETRIES = 4;

/**
 * Per-statement wall time (ms) and call count, filled only while `profile` is on: for
 * benchmarks that want to see which statements dominate (bench/store-neo4j.bench.ts --profile).
 */
export const statementProfile = { on: false, totals: new Map<string, { ms: number; calls: number }>() };
const WRITE_TIMEOUT_FACTOR = 4;

/**
 * tx.run without the driver's call-site capture: it builds a Result, and every Result
 * formats a stack trace (new Error().stack) to decorate a later error. Under tsx that
 * formatting goes through source maps, ~0.4 ms a statement (5 ms of a hub's neighbourhood
 * read); the call site is always Tx.run here anyway, and a failed statement's error
 * carries its name instead.
 */
function runWithoutCallSite(tx: ManagedTransaction, query: string, params: Record<string, unknown>) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return tx.run(query, params);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function createTransactionRunner(opts: {
  driver: Driver;
  statements: Statements;
  database?: string;
  timeoutMs: number;
  connection: { uri: string; user: string };
}): TransactionRunner {
  const { driver, statements, database, timeoutMs, connection } = opts;
  const wrap = (tx: ManagedTransaction): Tx => ({
    async run<T>(name: StatementName, params: Record<string, unknown> = {}) {
      const started = statementProfile.on ? performance.now() : 0;
      // The driver retries transient errors; one transaction over its memory cap is not
      // one, so it leaves the work function as TOO_LARGE and is not run again.
      const result = await runWithoutCallSite(tx, statements[name], params).catch((e: unknown) => {
        if (e instanceof Error) Object.assign(e, { statement: name }); // for the log, in place of a call site
        throw isTransactionMemoryLimit(e) ? classifyNeo4jError(e, connection) : e;
      });
      const rows = result.records.map((r) => recordToPlain<T>(r));
      if (statementProfile.on) {
        const t = statementProfile.totals.get(name) ?? { ms: 0, calls: 0 };
        t.ms += performance.now() - started;
        t.calls++;
        statementProfile.totals.set(name, t);
      }
      return rows;
    },
  });

  async function execute<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const session = driver.session({ database, defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE' });
      try {
        // A write batch runs many statements in one transaction (and plans them cold on a
        // fresh server), so it gets more room than a read.
        const config = { timeout: mode === 'READ' ? timeoutMs : timeoutMs * WRITE_TIMEOUT_FACTOR };
        return mode === 'READ'
          ? await session.executeRead((tx) => work(wrap(tx)), config)
          : await session.executeWrite((tx) => work(wrap(tx)), config);
      } catch (e) {
        if (mode === 'WRITE' && isConstraintRace(e) && attempt < CONSTRAINT_RACE_RETRIES) {
          await new Promise((r) => setTimeout(r, 20 * (attempt + 1) + Math.random() * 30));
          continue;
        }
        throw classifyNeo4jError(e, connection);
      } finally {
        await session.close();
      }
    }
  }

  return {
    read: (work) => execute('READ', work),
    write: (work) => execute('WRITE', work),
    async ping(statement) {
      const session = driver.session({ database, defaultAccessMode: 'READ' });
      try {
        await session.run(statement, {}, { timeout: Math.min(timeoutMs, 5_000) });
      } finally {
        await session.close();
      }
    },
    async runSchema(statement) {
      const session = driver.session({ database, defaultAccessMode: 'WRITE' });
      try {
        await session.run(statement, {}, { timeout: Math.max(timeoutMs, 60_000) });
      } finally {
        await session.close();
      }
    },
  };
}
