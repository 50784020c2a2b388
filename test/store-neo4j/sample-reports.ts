/** Small hand-written DecomposedReports for the Neo4j adapter's own tests. */
import type { DecomposedReport } from '../../server/ingest/decomposed-report.ts';

type Entity = DecomposedReport['entities'][number];

export function entity(id: string, kind: Entity['kind'], name: string, aliases: string[] = []): Entity {
  return { id, kind, name, aliases, mentions: { count: 1, firstOffset: 0, sections: ['body'] } };
}

export function report(id: string, publishedOn: string, over: Partial<DecomposedReport> = {}, hash = `${id}-v1`): DecomposedReport {
  return {
    report: { id, title: `Report ${id}`, source: 'Globalsecurity.org', publishedOn, confidence: 'moderate', format: 'intel-report', bluf: null, contentHash: hash },
    entities: [], themes: [], events: [], ties: [], affiliations: [], claims: [], warnings: [],
    ...over,
  };
}

const IRN = entity('country:IRN', 'Country', 'Iran', ['Iranian']);
const IRQ = entity('country:IRQ', 'Country', 'Iraq', ['Iraqi']);
const LAR = entity('person:ali-larijani', 'Person', 'Ali Larijani', ["Iran's security chief"]);
const SUD = entity('person:mohammed-shia-al-sudani', 'Person', 'Mohammed Shia al-Sudani', ['Sudani']);
const SAU = entity('country:SAU', 'Country', 'Saudi Arabia');
const BGD = entity('location:baghdad', 'Location', 'Baghdad');

export const sampleReports: DecomposedReport[] = [
  report('r1', '2025-01-10', {
    entities: [IRN, IRQ, LAR, BGD],
    themes: [{ id: 'theme:security', name: 'security' }],
    events: [{
      id: 'event:2025-01-09:visit', date: '2025-01-09', dateInferred: false, kind: 'cooperation', polarity: 4,
      summary: 'Larijani visits Baghdad', actors: ['person:ali-larijani', 'country:IRQ'], sentence: 'Larijani visited Baghdad.', start: 0, end: 25,
    }],
    ties: [
      { a: 'country:IRN', b: 'country:IRQ', kind: 'cooperation', polarity: 6, date: '2025-01-09', confidence: 0.9, sentence: 'Iran and Iraq agreed.', start: 30, end: 51 },
      { a: 'person:ali-larijani', b: 'country:IRQ', kind: 'cooperation', polarity: 4, date: '2025-01-09', confidence: 0.8, sentence: 'Larijani visited Baghdad.', start: 0, end: 25 },
    ],
    affiliations: [{ person: 'person:ali-larijani', org: 'country:IRN', role: 'security chief' }],
    claims: [{ id: 'claim:r1:1', kind: 'hypothesis', text: 'Ties will deepen', rank: 1, supported: true, entities: ['country:IRN', 'country:IRQ'] }],
  }),
  report('r2', '2025-02-20', {
    entities: [IRN, IRQ, SUD, SAU],
    themes: [{ id: 'theme:security', name: 'security' }, { id: 'theme:energy', name: 'energy' }],
    ties: [
      { a: 'country:IRQ', b: 'country:IRN', kind: 'conflict', polarity: -3, date: '2025-02-18', confidence: 0.7, sentence: 'Iraq protested to Iran.', start: 10, end: 33 },
      { a: 'person:mohammed-shia-al-sudani', b: 'country:IRN', kind: 'statement', polarity: 1, date: '2025-02-19', confidence: 0.6, sentence: 'Sudani spoke of Iran.', start: 40, end: 61 },
    ],
  }),
  report('r3', '2025-03-05', { entities: [IRQ, SAU, { ...IRN, name: 'Islamic Republic of Iran', aliases: [] }] }),
];
