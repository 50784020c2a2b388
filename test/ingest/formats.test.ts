import { describe, expect, it } from 'vitest';
import { decompose } from '../../server/ingest/decompose.ts';

const now = new Date('2030-01-01T00:00:00Z');

const variant = `Turkey and Iraq agree on water plan
Published on: September 8, 2025
Intelligence Report: Turkey and Iraq agree on water plan
BLUF
Turkish Foreign Minister Hakan Fidan met Iraqi Foreign Minister Fuad Hussein in Baghdad on 2 September 2025. Confidence level: High.
Competing Hypotheses
• **Hypothesis 1**: Ankara wants quiet on the PKK front.
• **Hypothesis 2**: Baghdad wants water.
Key Individuals:
* Hakan Fidan
* Fuad Hussein
Tags: water security, Turkey-Iraq relations`;

describe('intelligence-report variants', () => {
  const r = decompose(variant, { now });

  it('accepts a headline with no source suffix', () => {
    expect(r.report.title).toBe('Turkey and Iraq agree on water plan');
    expect(r.report.source).toBeNull();
  });

  it('reads "September 8, 2025" as the published date', () => {
    expect(r.report.publishedOn).toBe('2025-09-08');
  });

  it('detects unnumbered headings, • and * bullets and a one-line "Tags:"', () => {
    expect(r.report.format).toBe('intel-report');
    expect(r.report.confidence).toBe('high');
    expect(r.claims.filter((c) => c.kind === 'hypothesis')).toHaveLength(2);
    expect(r.themes.map((t) => t.name)).toEqual(['water security', 'turkey-iraq relations']);
    expect(r.entities.filter((e) => e.kind === 'Person').map((e) => e.name).sort()).toEqual(['Fuad Hussein', 'Hakan Fidan']);
  });

  it('dates the meeting event from the text and names its actors', () => {
    const meeting = r.events.find((e) => e.date === '2025-09-02');
    expect(meeting?.kind).toBe('cooperation');
    expect(meeting?.actors).toEqual(expect.arrayContaining(['person:hakan-fidan', 'person:fuad-hussein']));
  });

  it('affiliates a person named after "<demonym> <title>" with that country', () => {
    expect(r.affiliations).toContainEqual({ person: 'person:hakan-fidan', org: 'country:TUR', role: 'foreign minister' });
  });

  it('treats missing sections as absent, not as errors', () => {
    expect(r.claims.filter((c) => c.kind === 'risk')).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});

describe('plain news articles', () => {
  const article = `Iraq and Iran sign gas deal
Source: Example Wire
Date: 2025-03-04

Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian President Masoud Pezeshkian in Tehran on Monday.

A day earlier, Israeli jets struck targets in Syria. Sudani said the deal would keep the lights on.`;
  const r = decompose(article, { now });

  it('reads headline, Source and Date lines', () => {
    expect(r.report).toMatchObject({ format: 'news-article', title: 'Iraq and Iran sign gas deal', source: 'Example Wire', publishedOn: '2025-03-04', confidence: null });
  });

  it('resolves "on Monday" and "a day earlier" against the report date', () => {
    // 2025-03-04 is a Tuesday: Monday is 2025-03-03, a day earlier (with no other date in that sentence) is 2025-03-03.
    expect(r.events.some((e) => e.date === '2025-03-03' && e.actors.includes('person:masoud-pezeshkian'))).toBe(true);
    expect(r.events.some((e) => e.kind === 'conflict' && e.actors.includes('country:ISR'))).toBe(true);
  });

  it('joins a surname-only mention to the full name in the same report', () => {
    const sudani = r.entities.find((e) => e.id === 'person:mohammed-shia-al-sudani');
    expect(sudani?.aliases).toContain('Sudani');
    expect(sudani?.mentions.count).toBe(2);
  });
});

describe('structured JSON input', () => {
  const input = {
    id: 'report:tool-42',
    title: 'Tool output',
    publishedOn: '2025-01-02',
    entities: [
      { name: 'Iran', kind: 'Country' as const, aliases: ['Iranian'] },
      { name: 'Iraq', kind: 'Country' as const },
      { name: 'Ali Larijani', kind: 'Person' as const, affiliation: 'Iran', role: 'security chief' },
    ],
    ties: [{ a: 'Iranian', b: 'Iraq', polarity: 5 }, { a: 'Iran', b: 'Atlantis', polarity: -1 }],
    events: [{ date: '2025-01-01', kind: 'cooperation' as const, summary: 'talks', actors: ['Iran', 'Iraq'] }],
  };

  it('accepts a ReportInput object and keeps its id', () => {
    const r = decompose(input, { now });
    expect(r.report).toMatchObject({ id: 'report:tool-42', format: 'json', publishedOn: '2025-01-02' });
    expect(r.entities.map((e) => e.id)).toEqual(['country:IRN', 'country:IRQ', 'person:ali-larijani']);
    expect(r.affiliations).toEqual([{ person: 'person:ali-larijani', org: 'country:IRN', role: 'security chief' }]);
  });

  it('resolves names through aliases and drops unknown names with a warning', () => {
    const r = decompose(JSON.stringify(input), { now });
    expect(r.ties).toHaveLength(1);
    expect(r.ties[0]).toMatchObject({ a: 'country:IRN', b: 'country:IRQ', polarity: 5, kind: 'cooperation' });
    expect(r.warnings.join(' ')).toMatch(/Atlantis/);
  });

  it('runs the text extractors when the JSON has no entity list', () => {
    const r = decompose({ title: 'Iran and Iraq sign pact', text: 'Iran and Iraq signed a border pact in Baghdad on 19 March 2023.', publishedOn: '2023-03-20' }, { now });
    expect(r.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['country:IRN', 'country:IRQ', 'location:baghdad']));
    expect(r.events.some((e) => e.date === '2023-03-19' && e.kind === 'cooperation')).toBe(true);
  });
});

describe('identity', () => {
  it('gives the same report the same id and hash, and an edited body a new hash under the same id', () => {
    const a = decompose(variant, { now });
    const b = decompose(`${variant}\n`, { now });
    expect(b.report.id).toBe(a.report.id);
    expect(b.report.contentHash).not.toBe(a.report.contentHash);
  });

  it('gives one event the same id whichever report tells it', () => {
    const one = decompose('Iran and Iraq sign pact\nDate: 2023-03-20\n\nIran and Iraq signed a security agreement on 19 March 2023.', { now });
    const two = decompose('Border deal sealed\nDate: 2023-03-21\n\nOn 19 March 2023 Iran and Iraq signed an agreement on the border.', { now });
    const ids = (r: typeof one) => r.events.filter((e) => e.date === '2023-03-19').map((e) => e.id);
    expect(ids(one)).toEqual(ids(two));
    expect(ids(one)).toHaveLength(1);
  });
});
