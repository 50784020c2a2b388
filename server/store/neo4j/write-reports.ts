/**
 * Batch upsert and delete. One write transaction per batch: every report in it is
 * classified by contentHash (new / updated / unchanged), updated ones lose their old
 * evidence first, then nodes and relationships are written with batched UNWINDs, then
 * names are re-elected and orphans removed, so nothing is ever half-written.
 */
import type { DecomposedReport } from '../../ingest/decomposed-report.ts';
import type { UpsertResult } from '../port.ts';
import { electEntityNames, type NameEvidence } from './entity-names.ts';
import { addReportRows, emptyRows } from './report-rows.ts';
import { addPairAggregates, repairPairAggregates, reportEvidenceOf, subtractPairAggregates, type ReportEvidence } from './pair-aggregates.ts';
import type { StatementName } from './statements.ts';
import { applyAliases } from '../shared/apply-aliases.ts';
import { aliasOwners } from './alias-owners.ts';
import type { Tx } from './transactions.ts';

interface Footprint {
  reportId: string;
  entityIds: string[];
  eventIds: string[];
  themeIds: string[];
  sourceIds: string[];
  claimIds: string[];
}

let lastSeq = 0;
/** Increasing across batches and processes (ms clock scaled), so first-ingest order survives. */
function nextSeq(): number {
  lastSeq = Math.max(lastSeq + 1, Date.now() * 1000);
  return lastSeq;
}

export async function upsertReportBatch(tx: Tx, reports: DecomposedReport[]): Promise<UpsertResult[]> {
  const ids = [...new Set(reports.map((r) => r.report.id))];
  const stored = await tx.run<{ id: string; contentHash: string; seq: number | null }>('get-report-hashes', { ids });
  const hashes = new Map(stored.map((s) => [s.id, s.contentHash]));
  // Classify in input order; a later copy in the same batch sees the earlier one as stored.
  const results: UpsertResult[] = [];
  const latest = new Map<string, DecomposedReport>();
  const replaced = new Set<string>();
  for (const r of reports) {
    const id = r.report.id;
    const prev = hashes.get(id);
    const outcome = prev === undefined ? 'new' : prev === r.report.contentHash ? 'unchanged' : 'updated';
    results.push({ reportId: id, outcome });
    if (outcome === 'unchanged') continue;
    if (stored.some((s) => s.id === id)) replaced.add(id);
    hashes.set(id, r.report.contentHash);
    latest.set(id, r);
  }
  if (latest.size === 0) return results;
  const owners = await aliasOwners(tx, [...latest.values()]);
  for (const [id, r] of latest) latest.set(id, applyAliases(r, owners));

  const footprints = await retract(tx, [...replaced]);
  const observed = new Date().toISOString();
  const rows = emptyRows();
  // An edited report keeps its stored seq (upsert-reports); a new one takes the next.
  const storedSeq = new Map(stored.map((r) => [r.id, r.seq]));
  let lowestSeq = Number.POSITIVE_INFINITY;
  for (const r of latest.values()) {
    const seq = nextSeq();
    addReportRows(rows, r, seq, observed);
    lowestSeq = Math.min(lowestSeq, storedSeq.get(r.report.id) ?? seq);
  }

  // nodes before relationships; a list with no rows costs no round trip
  const steps: [StatementName, string, Record<string, unknown>[]][] = [
    ['upsert-entities', 'entities', rows.entities], ['upsert-reports', 'reports', rows.reports],
    ['upsert-sources', 'sources', rows.sources], ['upsert-themes', 'themes', rows.themes],
    ['upsert-events', 'events', rows.events], ['upsert-claims', 'claims', rows.claims],
    ['link-mentions', 'mentions', rows.mentions], ['link-sources', 'links', rows.sourceLinks],
    ['link-themes', 'links', rows.themeLinks], ['link-events', 'links', rows.eventLinks],
    ['link-involvements', 'links', rows.involvements], ['create-ties', 'ties', rows.ties],
    ['link-affiliations', 'links', rows.affiliations], ['link-claims', 'links', rows.claimLinks],
  ];
  for (const [name, param, list] of steps) if (list.length > 0) await tx.run(name, { [param]: list });
  await addPairAggregates(tx, [...latest.values()].map(reportEvidenceOf));

  // Nodes this batch just linked cannot be orphans, and entity names only need a new
  // election where a mention brings a name or surface form the entity does not show yet;
  // what the retracted evidence touched gets the full clean-up.
  const retracted = mergeFootprints(footprints);
  const wasTouched = new Set(retracted.entityIds);
  const fresh = new Map<string, { id: string; names: Set<string>; aliases: Set<string> }>();
  for (const m of rows.mentions) {
    const id = m.entityId as string;
    if (wasTouched.has(id)) continue;
    const f = fresh.get(id) ?? { id, names: new Set<string>(), aliases: new Set<string>() };
    f.names.add(m.name as string);
    for (const a of (m.aliases as string[] | undefined) ?? []) f.aliases.add(a);
    fresh.set(id, f);
  }
  const stale = fresh.size === 0 ? [] : await tx.run<{ id: string }>('find-stale-entity-names', {
    rows: [...fresh.values()].map((f) => ({ id: f.id, names: [...f.names], aliases: [...f.aliases] })),
  });
  const provenanceIds = [...new Set([...rows.events, ...rows.themes, ...rows.sources, ...rows.claims].map((x) => x.id as string))];
  await tidy(tx, retracted, { provenanceIds, provenanceSince: lowestSeq, entityNameIds: stale.map((s) => s.id) });
  return results;
}

export async function deleteReport(tx: Tx, id: string): Promise<boolean> {
  const footprints = await retract(tx, [id]);
  if (footprints.length === 0) return false;
  await tx.run('delete-reports', { ids: [id] });
  await tidy(tx, mergeFootprints(footprints));
  return true;
}

/**
 * Delete the evidence of these reports (the Report nodes stay), with their share of the
 * PAIR totals, and say what it touched.
 */
async function retract(tx: Tx, ids: string[]): Promise<Footprint[]> {
  if (ids.length === 0) return [];
  const footprints = await tx.run<Footprint>('collect-report-footprint', { ids });
  const stale = await subtractPairAggregates(tx, await tx.run<ReportEvidence>('get-report-pair-evidence', { ids }));
  await tx.run('delete-report-evidence', { ids });
  await repairPairAggregates(tx, stale);
  return footprints;
}

type Touched = Omit<Footprint, 'reportId'>;

function mergeFootprints(...lists: (Footprint | Footprint[])[]): Touched {
  const all = lists.flat();
  const uniq = (pick: (f: Footprint) => string[]) => [...new Set(all.flatMap(pick))];
  return {
    entityIds: uniq((f) => f.entityIds), eventIds: uniq((f) => f.eventIds), themeIds: uniq((f) => f.themeIds),
    sourceIds: uniq((f) => f.sourceIds), claimIds: uniq((f) => f.claimIds),
  };
}

interface Relinked {
  /** nodes the batch linked reports to: their provenance changes only if a linked report is older */
  provenanceIds: string[];
  /** the lowest seq among the reports the batch linked */
  provenanceSince: number;
  entityNameIds: string[];
}

/**
 * Remove what lost its last evidence, then re-elect names and provenance properties (all
 * of them where evidence was taken); `extra` adds nodes the batch linked new evidence to.
 */
async function tidy(tx: Tx, t: Touched, extra: Relinked = { provenanceIds: [], provenanceSince: 0, entityNameIds: [] }): Promise<void> {
  const steps: [StatementName, string[]][] = [
    ['delete-orphan-claims', t.claimIds], ['delete-orphan-events', t.eventIds], ['delete-orphan-themes', t.themeIds],
    ['delete-orphan-sources', t.sourceIds], ['delete-orphan-entities', t.entityIds],
  ];
  for (const [name, ids] of steps) if (ids.length > 0) await tx.run(name, { ids });
  const retracted = new Set([...t.eventIds, ...t.themeIds, ...t.sourceIds, ...t.claimIds]);
  const relinked = extra.provenanceIds.filter((id) => !retracted.has(id));
  if (retracted.size > 0) await tx.run('refresh-provenance-props', { ids: [...retracted], since: null });
  if (relinked.length > 0) await tx.run('refresh-provenance-props', { ids: relinked, since: extra.provenanceSince });
  await refreshEntityNames(tx, [...new Set([...t.entityIds, ...extra.entityNameIds])]);
}

export async function refreshEntityNames(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const evidence = await tx.run<NameEvidence>('get-entity-name-evidence', { ids });
  const rows = evidence.flatMap((e) => {
    const elected = electEntityNames(e);
    return elected ? [{ id: e.id, ...elected, aliasesText: elected.aliases.join(' | '), manualAliases: e.manualAliases ?? [] }] : [];
  });
  await tx.run('set-entity-names', { rows });
}
