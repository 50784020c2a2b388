/**
 * The Neo4j adapter of the GraphStore port: wiring only. Statements live in cypher/,
 * writes in write-reports.ts, reads in their own files; every call runs in a managed
 * transaction with a timeout (transactions.ts) and resolves merged ids first.
 */
import { KgError, noSuchEntity } from '../../errors.ts';
import { decomposedReportSchema, type DecomposedReport } from '../../ingest/decomposed-report.ts';
import { isEntityKind } from '../../ontology/ontology.ts';
import type { GraphStore } from '../port.ts';
import { aliasKey } from '../shared/apply-aliases.ts';
import { listAffiliations } from './affiliations.ts';
import { isSchemaAlreadyThere, openDriver, verifyDriver } from './driver.ts';
import { writeInHalvesIfTooLarge } from './write-in-halves.ts';
import { loadRedirects } from './merge-redirects.ts';
import { mergeEntities, unmergeEntity } from './merges.ts';
import { neighborhood } from './neighborhood.ts';
import { fetchNodes } from './nodes.ts';
import { upgradeStore } from './store-version.ts';
import { keyManualAliases } from './alias-owners.ts';
import { paths } from './paths.ts';
import { listEvents, listReports, reportEntities } from './listings.ts';
import { searchNodes } from './search.ts';
import { loadSchemaStatements, loadStatements } from './statements.ts';
import { stats } from './stats.ts';
import { evidence, tieTimeline } from './timeline.ts';
import { createTransactionRunner, type Tx } from './transactions.ts';
import { deleteReport, refreshEntityNames, upsertReportBatch } from './write-reports.ts';

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  queryTimeoutMs?: number;
  log?: (m: string) => void;
}

export const DEFAULT_QUERY_TIMEOUT_MS = 15_000;

export async function createNeo4jStore(opts: Neo4jStoreOptions): Promise<GraphStore> {
  const connection = { uri: opts.uri, user: opts.user, password: opts.password, database: opts.database };
  const statements = loadStatements();
  const schema = loadSchemaStatements();
  const driver = openDriver(connection);
  const runner = createTransactionRunner({
    driver, statements, database: opts.database, timeoutMs: opts.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS, connection,
  });
  const log = opts.log ?? (() => {});
  let ready: Promise<void> | null = null;

  async function prepare(): Promise<void> {
    await verifyDriver(driver, connection);
    for (const statement of schema) {
      try {
        await runner.runSchema(statement);
      } catch (e) {
        if (!isSchemaAlreadyThere(e)) throw e;
      }
    }
    await runner.write((tx) => tx.run('await-indexes', { timeoutSeconds: 120 }));
    await upgradeStore(runner.write, log);
    await keyManualAliases(runner.write);
    log(`neo4j: connected to ${opts.uri}, schema applied (${schema.length} statements)`);
  }

  /** Reads resolve merged ids through the redirects loaded in the same transaction. */
  const read = <T>(work: (tx: Tx, redirects: Awaited<ReturnType<typeof loadRedirects>>) => Promise<T>) =>
    runner.read(async (tx) => work(tx, await loadRedirects(tx)));

  return {
    kind: 'neo4j',
    init() {
      ready ??= prepare().catch((e) => {
        ready = null;
        throw e;
      });
      return ready;
    },
    async ping() {
      try {
        await runner.ping(statements.ping);
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await driver.close();
    },

    async upsertReports(input) {
      const reports = input.map(validReport);
      if (reports.length === 0) return [];
      return writeInHalvesIfTooLarge(reports, (batch) => runner.write((tx) => upsertReportBatch(tx, batch)));
    },
    deleteReport: (id) => runner.write((tx) => deleteReport(tx, id)),

    getNodes: (ids) => read((tx, r) => fetchNodes(tx, r, ids)),
    search: (args) => read((tx, r) => searchNodes(tx, r, args)),
    neighborhood: (args) => read((tx, r) => neighborhood(tx, r, args)),
    paths: (args) => read((tx, r) => paths(tx, r, args)),
    tieTimeline: (args) => read((tx, r) => tieTimeline(tx, r, args)),
    evidence: (args) => read((tx, r) => evidence(tx, r, args)),
    affiliations: (args) => read((tx, r) => listAffiliations(tx, r, args)),
    reports: (filter) => read((tx, r) => listReports(tx, r, filter)),
    reportEntities: (ids) => read((tx, r) => reportEntities(tx, r, ids)),
    events: (filter) => read((tx, r) => listEvents(tx, r, filter)),
    stats: () => read((tx, r) => stats(tx, r)),

    mergeEntities: (args) => runner.write((tx) => mergeEntities(tx, args)),
    unmergeEntity: (args) => runner.write((tx) => unmergeEntity(tx, args)),
    addAlias({ id, alias }) {
      return runner.write(async (tx) => {
        const redirects = await loadRedirects(tx);
        const root = redirects.resolve(id);
        const [found] = await fetchNodes(tx, redirects, [root]);
        if (!found || !isEntityKind(found.kind)) throw noSuchEntity(id);
        const trimmed = alias.trim();
        if (!trimmed) throw new KgError('BAD_INPUT', 'An alias must not be empty.');
        await tx.run('add-alias', { id: root, alias: trimmed, key: aliasKey(found.kind, trimmed) });
        await refreshEntityNames(tx, [root]);
        const [node] = await fetchNodes(tx, redirects, [root]);
        return node!;
      });
    },
  };
}

/** Input is checked at the edge, with the embedded store's message. */
function validReport(r: DecomposedReport, i: number): DecomposedReport {
  const parsed = decomposedReportSchema.safeParse(r);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KgError('BAD_INPUT', `Report ${i} (${r?.report?.id ?? 'no id'}) is not a valid DecomposedReport: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}
