import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decompose } from '../../server/ingest/decompose.ts';

const text = readFileSync(new URL('../corpus/reports/dev-000-larijani-iraq-ties.txt', import.meta.url), 'utf8');
const report = decompose(text, { now: new Date('2030-01-01T00:00:00Z') });

describe('decompose on the example report (dev-000)', () => {
  it('reads the header: title without the source suffix, source, date, confidence', () => {
    expect(report.report.title).toBe('Iran’s security chief calls for stronger more tangible ties with Iraq amid global developments');
    expect(report.report.source).toBe('Globalsecurity.org');
    expect(report.report.publishedOn).toBe('2025-09-08');
    expect(report.report.confidence).toBe('moderate');
    expect(report.report.format).toBe('intel-report');
    expect(report.report.bluf).toMatch(/^Iran is actively seeking/);
  });

  it('affiliates Ali Larijani with Iran as its "security chief"', () => {
    expect(report.entities.find((e) => e.id === 'person:ali-larijani')?.name).toBe('Ali Larijani');
    expect(report.affiliations).toContainEqual({ person: 'person:ali-larijani', org: 'country:IRN', role: 'security chief' });
  });

  it('resolves "Seyye Ammar Hakim" to Ammar al-Hakim, keeping the surface form as an alias', () => {
    const hakim = report.entities.find((e) => e.name === 'Ammar al-Hakim');
    expect(hakim?.kind).toBe('Person');
    expect(hakim?.aliases).toContain('Seyye Ammar Hakim');
  });

  it('finds a cooperative Iran–Iraq tie and a hostile Iran–Israel tie', () => {
    const mean = (a: string, b: string) => {
      const ps = report.ties.filter((t) => t.a === a && t.b === b).map((t) => t.polarity);
      return ps.reduce((s, x) => s + x, 0) / ps.length;
    };
    expect(mean('country:IRN', 'country:IRQ')).toBeGreaterThan(0);
    expect(mean('country:IRN', 'country:ISR')).toBeLessThan(0);
  });

  it('maps demonyms to their country and keeps them as aliases', () => {
    expect(report.entities.find((e) => e.id === 'country:ISR')?.aliases).toContain('Israeli');
  });

  it('takes the thematic tags as lower-case themes', () => {
    expect(report.themes).toContainEqual({ id: 'theme:iran-iraq-relations', name: 'iran-iraq relations' });
    expect(report.themes).toHaveLength(4);
  });

  it('extracts ranked claims and marks the hypothesis the BLUF calls most supported', () => {
    const hypotheses = report.claims.filter((c) => c.kind === 'hypothesis');
    expect(hypotheses.map((h) => h.rank)).toEqual([1, 2]);
    expect(hypotheses.filter((h) => h.supported).map((h) => h.rank)).toEqual([1]);
    expect(hypotheses[0]?.entities).toEqual(expect.arrayContaining(['country:IRN', 'country:IRQ', 'country:ISR']));
    expect(report.claims.filter((c) => c.kind === 'scenario').map((c) => c.supported)).toEqual([false, false, true]);
    expect(report.claims.filter((c) => c.kind === 'red_flag')).toHaveLength(2);
    expect(report.claims.filter((c) => c.kind === 'risk')).toHaveLength(3);
    expect(report.claims.filter((c) => c.kind === 'recommendation')).toHaveLength(2);
  });

  it('gives every tie its sentence and offsets into the text', () => {
    for (const t of report.ties) expect(text.slice(t.start, t.end)).toBe(t.sentence);
  });
});
