/**
 * A small explicit world for the store contract: seven reports over 2024–2025 with ties
 * of known polarity and date, one event told by two reports, and two hostile names that
 * must be stored literally. Expected values in contract.ts are worked out from this file.
 */
import { decomposedReportSchema, type DecomposedReport } from '../../server/ingest/decomposed-report.ts';
import type { EventKind } from '../../server/ontology/ontology.ts';

export const E = {
  IRN: 'country:IRN',
  IRQ: 'country:IRQ',
  ISR: 'country:ISR',
  USA: 'country:USA',
  LAR: 'person:ali-larijani',
  HAK: 'person:ammar-al-hakim',
  PMF: 'org:popular-mobilization-forces',
  BAG: 'location:baghdad',
  IMG: 'person:img-src-x-onerror',
  CYP: 'org:match-n-detach-delete-n',
} as const;

export const HOSTILE_HTML = '<img src=x onerror=alert(1)>';
export const HOSTILE_CYPHER = 'MATCH (n) DETACH DELETE n';

type EntityId = (typeof E)[keyof typeof E];

const ENTITIES: Record<EntityId, { kind: 'Person' | 'Organization' | 'Country' | 'Location'; name: string; aliases: string[] }> = {
  [E.IRN]: { kind: 'Country', name: 'Iran', aliases: ['Iranian', 'Tehran'] },
  [E.IRQ]: { kind: 'Country', name: 'Iraq', aliases: ['Iraqi'] },
  [E.ISR]: { kind: 'Country', name: 'Israel', aliases: ['Israeli'] },
  [E.USA]: { kind: 'Country', name: 'United States', aliases: ['US', 'Washington'] },
  [E.LAR]: { kind: 'Person', name: 'Ali Larijani', aliases: ['Iran’s security chief'] },
  [E.HAK]: { kind: 'Person', name: 'Ammar al-Hakim', aliases: ['Seyye Ammar Hakim'] },
  [E.PMF]: { kind: 'Organization', name: 'Popular Mobilization Forces', aliases: ['PMF', 'Hashd al-Shaabi'] },
  [E.BAG]: { kind: 'Location', name: 'Baghdad', aliases: [] },
  [E.IMG]: { kind: 'Person', name: HOSTILE_HTML, aliases: [] },
  [E.CYP]: { kind: 'Organization', name: HOSTILE_CYPHER, aliases: [] },
};

export const R = {
  R1: 'report:2024-01-larijani-baghdad',
  R2: 'report:2024-03-us-strikes-pmf',
  R3: 'report:2024-03-pmf-strikes-ap',
  R4: 'report:2024-06-israel-iran',
  R5: 'report:2025-02-border-dispute',
  R6: 'report:2025-09-larijani-ties',
  R7: 'report:2025-10-hostile-names',
} as const;

export const EV = {
  VISIT: 'event:2024-01-14-larijani-baghdad',
  STRIKES: 'event:2024-03-08-us-strikes-pmf',
  NAJAF: 'event:2025-02-03-hakim-larijani-meeting',
} as const;

interface TieSpec { a: EntityId; b: EntityId; polarity: number; date: string; kind?: EventKind; sentence?: string }
interface EventSpec { id: string; date: string; kind: EventKind; polarity: number; summary: string; actors: EntityId[] }
interface ReportSpec {
  id: string;
  title: string;
  publishedOn: string;
  source: string | null;
  entities: EntityId[];
  ties?: TieSpec[];
  events?: EventSpec[];
  themes?: string[];
  affiliations?: { person: EntityId; org: EntityId; role: string | null }[];
  claims?: { id: string; text: string; entities: EntityId[] }[];
  version?: number;
  /** Per-report surface name, to test "most common name wins". */
  names?: Partial<Record<EntityId, string>>;
}

/** Build a valid DecomposedReport from a compact spec (validated, so fixtures cannot drift from the schema). */
export function buildReport(spec: ReportSpec): DecomposedReport {
  let offset = 0;
  const sentenceAt = (text: string) => {
    const start = offset;
    offset += text.length + 1;
    return { sentence: text, start, end: start + text.length };
  };
  const kindOf = (p: number): EventKind => (p > 0 ? 'cooperation' : p < 0 ? 'conflict' : 'statement');
  const report: DecomposedReport = {
    report: {
      id: spec.id, title: spec.title, source: spec.source, publishedOn: spec.publishedOn, confidence: 'moderate',
      format: 'intel-report', bluf: `${spec.title}.`, contentHash: `sha256:${spec.id}:v${spec.version ?? 1}`,
    },
    entities: spec.entities.map((id, i) => ({
      id, kind: ENTITIES[id].kind, name: spec.names?.[id] ?? ENTITIES[id].name, aliases: ENTITIES[id].aliases,
      mentions: { count: 1 + (i % 3), firstOffset: i * 10, sections: ['body'] },
    })),
    themes: (spec.themes ?? []).map((t) => ({ id: `theme:${t}`, name: t.replace(/-/g, ' ') })),
    events: (spec.events ?? []).map((e) => ({ ...e, dateInferred: false, ...sentenceAt(e.summary) })),
    ties: (spec.ties ?? []).map((t) => ({
      a: t.a, b: t.b, kind: t.kind ?? kindOf(t.polarity), polarity: t.polarity, date: t.date, confidence: 0.8,
      ...sentenceAt(t.sentence ?? `${ENTITIES[t.a].name} and ${ENTITIES[t.b].name} (${t.polarity}) on ${t.date}.`),
    })),
    affiliations: spec.affiliations ?? [],
    claims: (spec.claims ?? []).map((c, i) => ({ id: c.id, kind: 'risk', text: c.text, rank: i + 1, supported: true, entities: c.entities })),
    warnings: [],
  };
  return decomposedReportSchema.parse(report);
}

export const SPECS: Record<keyof typeof R, ReportSpec> = {
  R1: {
    id: R.R1, title: 'Larijani visits Baghdad to deepen Iran–Iraq ties', publishedOn: '2024-01-15', source: 'Globalsecurity.org',
    entities: [E.IRN, E.IRQ, E.LAR, E.BAG], themes: ['iran-iraq-relations', 'security'],
    ties: [
      { a: E.IRN, b: E.IRQ, polarity: 6, date: '2024-01-14', sentence: 'Iran and Iraq pledged closer security cooperation.' },
      { a: E.LAR, b: E.IRQ, polarity: 4, date: '2024-01-14', sentence: 'Larijani praised Iraq for its hospitality.' },
    ],
    events: [{ id: EV.VISIT, date: '2024-01-14', kind: 'cooperation', polarity: 5, summary: 'Larijani visits Baghdad', actors: [E.LAR, E.IRN, E.IRQ] }],
    affiliations: [{ person: E.LAR, org: E.IRN, role: 'security chief' }],
  },
  R2: {
    id: R.R2, title: 'US strikes PMF positions in Iraq', publishedOn: '2024-03-10', source: 'Reuters',
    entities: [E.IRN, E.IRQ, E.USA, E.PMF], themes: ['us-iraq'],
    ties: [
      { a: E.USA, b: E.PMF, polarity: -7, date: '2024-03-08' },
      { a: E.IRN, b: E.IRQ, polarity: 3, date: '2024-03-09' },
    ],
    events: [{ id: EV.STRIKES, date: '2024-03-08', kind: 'conflict', polarity: -7, summary: 'US strikes PMF positions', actors: [E.USA, E.PMF] }],
  },
  R3: {
    id: R.R3, title: 'Iraq protests US strikes on PMF', publishedOn: '2024-03-12', source: 'AP',
    entities: [E.USA, E.PMF, E.IRQ], themes: ['us-iraq'],
    ties: [
      { a: E.USA, b: E.PMF, polarity: -8, date: '2024-03-08' },
      { a: E.IRQ, b: E.USA, polarity: -2, date: '2024-03-11', kind: 'statement' },
    ],
    events: [{ id: EV.STRIKES, date: '2024-03-08', kind: 'conflict', polarity: -8, summary: 'American strikes hit PMF', actors: [E.USA, E.PMF] }],
  },
  R4: {
    id: R.R4, title: 'Israel and Iran trade strikes', publishedOn: '2024-06-20', source: 'Reuters',
    entities: [E.IRN, E.ISR, E.USA], themes: ['israel-iran'],
    ties: [
      { a: E.IRN, b: E.ISR, polarity: -9, date: '2024-04-13' },
      { a: E.USA, b: E.ISR, polarity: 7, date: '2024-06-19' },
    ],
  },
  R5: {
    id: R.R5, title: 'Border dispute strains Iran–Iraq relations', publishedOn: '2025-02-05', source: 'Globalsecurity.org',
    entities: [E.IRN, E.IRQ, E.HAK, E.LAR], themes: ['border'],
    ties: [
      { a: E.IRN, b: E.IRQ, polarity: -3, date: '2025-02-01' },
      { a: E.HAK, b: E.LAR, polarity: 5, date: '2025-02-03' },
    ],
    events: [{ id: EV.NAJAF, date: '2025-02-03', kind: 'cooperation', polarity: 5, summary: 'Hakim meets Larijani', actors: [E.HAK, E.LAR, E.IRN, E.IRQ] }],
  },
  R6: {
    id: R.R6, title: 'Iran’s security chief calls for stronger ties with Iraq', publishedOn: '2025-09-08', source: 'Globalsecurity.org',
    entities: [E.LAR, E.IRQ, E.IRN, E.HAK, E.ISR], themes: ['iran-iraq-relations'],
    ties: [
      { a: E.IRN, b: E.IRQ, polarity: 5, date: '2025-09-07' },
      { a: E.LAR, b: E.HAK, polarity: 4, date: '2025-09-07' },
    ],
    affiliations: [{ person: E.LAR, org: E.IRN, role: 'security chief' }],
    claims: [{ id: `claim:${R.R6}:1`, text: 'Israeli pressure may push Iraq closer to Iran', entities: [E.IRQ, E.IRN] }],
  },
  R7: {
    id: R.R7, title: 'Names that must stay literal', publishedOn: '2025-10-01', source: null,
    entities: [E.IMG, E.CYP, E.IRQ],
    ties: [{ a: E.IMG, b: E.CYP, polarity: 0, date: '2025-10-01', kind: 'statement' }],
  },
};

/** The whole world, in ingest order R1..R7. */
export function worldReports(): DecomposedReport[] {
  return Object.values(SPECS).map(buildReport);
}

/** The report as the decomposer would give it had it named one entity otherwise: another id and name. */
export function renameEntity(r: DecomposedReport, from: string, id: string, name: string): DecomposedReport {
  const to = (x: string) => (x === from ? id : x);
  return decomposedReportSchema.parse({
    ...r,
    entities: r.entities.map((e) => (e.id === from ? { ...e, id, name, aliases: [] } : e)),
    events: r.events.map((e) => ({ ...e, actors: e.actors.map(to) })),
    ties: r.ties.map((t) => ({ ...t, a: to(t.a), b: to(t.b) })),
    affiliations: r.affiliations.map((a) => ({ ...a, person: to(a.person), org: to(a.org) })),
    claims: r.claims.map((c) => ({ ...c, entities: c.entities.map(to) })),
  });
}
