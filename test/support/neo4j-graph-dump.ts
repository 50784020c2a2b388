/**
 * The whole Neo4j graph as sorted, comparable lines, read past the adapter so that nothing
 * it would filter or aggregate is hidden: every node (labels, properties) and every
 * relationship (end ids, type, properties). Properties that only record when something was
 * ingested are left out, since two ingests of the same reports differ only in those.
 */
import neo4j from 'neo4j-driver';
import { toPlain } from '../../server/store/neo4j/to-plain.ts';
import type { Neo4jTestConfig } from './neo4j-env.ts';

/**
 * Ingest-time bookkeeping: Report.seq (first-ingest order), the seq of the report a node took
 * its properties from (provenanceSeq), and TIE.observed (write time).
 */
const INGEST_TIME_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  Report: ['seq'], TIE: ['observed'], Event: ['provenanceSeq'], Theme: ['provenanceSeq'], Source: ['provenanceSeq'], Claim: ['provenanceSeq'],
};

const ALL_NODES = 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props';
const ALL_RELATIONSHIPS = 'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props';

export interface GraphDump {
  nodes: string[];
  relationships: string[];
  reportIds: string[];
}

export async function dumpNeo4jGraph(cfg: Neo4jTestConfig): Promise<GraphDump> {
  const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
  const session = driver.session({ database: cfg.database, defaultAccessMode: 'READ' });
  try {
    const [nodeRows, relRows] = await session.executeRead(async (tx) => [
      (await tx.run(ALL_NODES)).records.map((r) => ({ labels: r.get('labels') as string[], props: toPlain(r.get('props')) as Record<string, unknown> })),
      (await tx.run(ALL_RELATIONSHIPS)).records.map((r) => ({
        from: r.get('from') as string | null, type: r.get('type') as string, to: r.get('to') as string | null, props: toPlain(r.get('props')) as Record<string, unknown>,
      })),
    ]);
    const reportIds: string[] = [];
    const nodes = nodeRows.map(({ labels, props }) => {
      if (labels.includes('Report')) reportIds.push(String(props.id));
      const sorted = [...labels].sort();
      return canonicalJson({ labels: sorted, props: withoutIngestTime(props, sorted) });
    });
    const relationships = relRows.map(({ from, type, to, props }) => canonicalJson({ from, type, to, props: withoutIngestTime(props, [type]) }));
    return { nodes: nodes.sort(), relationships: relationships.sort(), reportIds: reportIds.sort() };
  } finally {
    await session.close();
    await driver.close();
  }
}

function withoutIngestTime(props: Record<string, unknown>, kinds: string[]): Record<string, unknown> {
  const drop = new Set(kinds.flatMap((k) => INGEST_TIME_PROPERTIES[k] ?? []));
  return Object.fromEntries(Object.entries(props).filter(([k]) => !drop.has(k)));
}

/** JSON with object keys sorted at every level, so equal values give equal strings. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v);
}
