/**
 * Every Cypher statement lives in cypher/<verb-noun>.cypher; this loads them once at
 * start-up, keyed by name, so a missing file fails the start, not a request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = fileURLToPath(new URL('../../../cypher/', import.meta.url));

export const STATEMENT_NAMES = [
  'await-indexes', 'ping',
  'get-report-hashes', 'collect-report-footprint', 'delete-report-evidence', 'delete-reports',
  'delete-orphan-entities', 'delete-orphan-events', 'delete-orphan-themes', 'delete-orphan-sources', 'delete-orphan-claims',
  'upsert-entities', 'upsert-reports', 'upsert-sources', 'upsert-themes', 'upsert-events', 'upsert-claims',
  'link-mentions', 'link-sources', 'link-themes', 'link-events', 'link-involvements', 'create-ties',
  'link-affiliations', 'link-claims',
  'add-pair-aggregates', 'subtract-pair-aggregates', 'get-pair-evidence', 'set-pair-aggregates', 'get-report-pair-evidence',
  'get-pair-aggregates', 'get-pair-candidates', 'get-pairs-by-key', 'get-pairs-among', 'get-pair-neighbour-ids', 'get-store-version', 'set-store-version', 'delete-pair-aggregates-batch', 'list-report-ids', 'list-entity-ids', 'find-stale-entity-names', 'get-entity-name-evidence', 'set-entity-names', 'refresh-provenance-props',
  'get-merge-redirects', 'get-nodes', 'entity-links', 'window-link-costs', 'aggregate-entity-pairs', 'aggregate-window-pairs', 'aggregate-window-pairs-within', 'get-entity-neighbour-ids', 'get-entity-affiliations', 'tie-timeline', 'pair-events', 'tie-evidence',
  'find-reports', 'get-report-entities', 'find-events', 'search-nodes', 'count-nodes', 'count-edges', 'count-merged-self-loops', 'report-date-range',
  'create-merge', 'get-merge', 'undo-merge', 'add-alias', 'get-alias-owners', 'list-manual-aliases', 'set-alias-owners', 'delete-all-nodes-batch', 'delete-all-relationships-batch', 'bench-raw-ingest',
  'list-entity-affiliations',
] as const;

export type StatementName = (typeof STATEMENT_NAMES)[number];
export type Statements = Readonly<Record<StatementName, string>>;

let cached: Statements | null = null;

export function loadStatements(dir = CYPHER_DIR): Statements {
  if (cached && dir === CYPHER_DIR) return cached;
  const present = new Set(readdirSync(dir).filter((f) => f.endsWith('.cypher')).map((f) => f.slice(0, -'.cypher'.length)));
  const out = {} as Record<StatementName, string>;
  for (const name of STATEMENT_NAMES) {
    if (!present.has(name)) throw new Error(`Missing Cypher statement ${path.join(dir, name)}.cypher`);
    out[name] = readFileSync(path.join(dir, `${name}.cypher`), 'utf8').trim();
  }
  if (dir === CYPHER_DIR) cached = out;
  return out;
}

/** The schema file: several statements separated by `;`, comments dropped. */
export function loadSchemaStatements(dir = CYPHER_DIR): string[] {
  const text = readFileSync(path.join(dir, 'schema.cypher'), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
