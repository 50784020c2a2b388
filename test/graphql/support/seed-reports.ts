/**
 * A small hand-made graph for the GraphQL tests, stored through the real store's
 * upsertReports: Larijani, Iran, Iraq, Turkey, the USA across three reports (2024-06,
 * 2025-01, 2025-03), with cooperation and conflict ties and one affiliation (Larijani,
 * Iran's security chief).
 */
import type { DecomposedReport } from '../../../server/ingest/decomposed-report.ts';

type Ent = [id: string, kind: 'Person' | 'Organization' | 'Country' | 'Location', name: string, aliases?: string[]];
type Tie = [a: string, b: string, kind: 'cooperation' | 'conflict' | 'statement' | 'other', polarity: number, sentence: string];
type Affiliation = [person: string, org: string, role: string | null];

function report(id: string, title: string, publishedOn: string, entities: Ent[], ties: Tie[], affiliations: Affiliation[] = []): DecomposedReport {
  let offset = 0;
  return {
    report: { id, title, source: 'Test Desk', publishedOn, confidence: 'moderate', format: 'intel-report', bluf: null, contentHash: `hash-${id}` },
    entities: entities.map(([eid, kind, name, aliases = []]) => ({ id: eid, kind, name, aliases, mentions: { count: 1, firstOffset: 0, sections: ['body'] } })),
    themes: [{ id: 'theme:security', name: 'security' }],
    events: ties.map(([a, b, kind, polarity, sentence]) => ({
      id: `event:${publishedOn}:${kind}:${a}|${b}`, date: publishedOn, dateInferred: true, kind, polarity, summary: sentence, actors: [a, b], sentence, start: 0, end: sentence.length,
    })),
    ties: ties.map(([a, b, kind, polarity, sentence]) => {
      const start = offset;
      offset += sentence.length + 1;
      return { a, b, kind, polarity, date: publishedOn, confidence: 0.9, sentence, start, end: start + sentence.length };
    }),
    affiliations: affiliations.map(([person, org, role]) => ({ person, org, role })),
    claims: [],
    warnings: [],
  };
}

const IRN: Ent = ['country:IRN', 'Country', 'Iran', ['Islamic Republic of Iran']];
const IRQ: Ent = ['country:IRQ', 'Country', 'Iraq'];
const TUR: Ent = ['country:TUR', 'Country', 'Turkey', ['Türkiye']];
const USA: Ent = ['country:USA', 'Country', 'United States'];
const LARIJANI: Ent = ['person:ali-larijani', 'Person', 'Ali Larijani', ['Larijani']];

export const SEED_REPORTS: DecomposedReport[] = [
  report('report:2024-06-01-us-iraq', 'US and Iraq discuss troops', '2024-06-01', [IRQ, USA], [
    ['country:IRQ', 'country:USA', 'statement', 1, 'Iraq and the United States discussed the coalition.'],
  ]),
  report('report:2025-01-15-larijani-baghdad', 'Larijani visits Baghdad', '2025-01-15', [IRN, IRQ, LARIJANI], [
    ['person:ali-larijani', 'country:IRQ', 'cooperation', 5, 'Ali Larijani met Iraqi leaders in Baghdad.'],
    ['country:IRN', 'country:IRQ', 'cooperation', 4, 'Iran and Iraq signed a security memorandum.'],
  ], [['person:ali-larijani', 'country:IRN', 'security chief']]),
  report('report:2025-03-10-border', 'Border tensions', '2025-03-10', [IRN, IRQ, TUR], [
    ['country:IRN', 'country:IRQ', 'conflict', -4, 'Iran shelled positions inside Iraq.'],
    ['country:IRQ', 'country:TUR', 'cooperation', 3, 'Iraq and Turkey agreed on water sharing.'],
  ]),
];
