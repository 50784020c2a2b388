import { describe, expect, it } from 'vitest';
import { KgError } from '../../server/errors.ts';
import { decompose } from '../../server/ingest/decompose.ts';

const now = new Date('2030-01-01T00:00:00Z');

function codeOf(f: () => unknown): string | undefined {
  try { f(); } catch (e) { return e instanceof KgError ? e.code : `not a KgError: ${String(e)}`; }
  return undefined;
}

describe('bad input', () => {
  it('rejects empty and blank input as BAD_INPUT', () => {
    expect(codeOf(() => decompose('', { now }))).toBe('BAD_INPUT');
    expect(codeOf(() => decompose(' \n\t\n', { now }))).toBe('BAD_INPUT');
  });

  it('refuses a JSON array (several reports) as BAD_INPUT saying how to send it; an article opening with a bracket is still an article', () => {
    const array = JSON.stringify([{ title: 'Iran and Iraq meet', text: 'Iran met Iraq.' }, { title: 'Turkey', text: 'Turkey met Syria.' }]);
    expect(codeOf(() => decompose(array, { now }))).toBe('BAD_INPUT');
    expect(() => decompose(array, { now })).toThrow(/a JSON array of 2 items, not one report: send each item as a report of its own/);
    const bracketed = decompose('[Reuters] Iraq and Turkey sign water deal\n\nIraq and Turkey signed a water deal.', { now });
    expect(bracketed.report.format).toBe('news-article');
    expect(bracketed.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['country:IRQ', 'country:TUR']));
  });

  it('rejects binary bytes as BAD_INPUT', () => {
    expect(codeOf(() => decompose('PK\u0003\u0004\u0000\u0000binary', { now }))).toBe('BAD_INPUT');
    expect(codeOf(() => decompose(Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02, 0x03, 0x04]).toString('utf8'), { now }))).toBe('BAD_INPUT');
  });

  it('rejects a 3 MB file as TOO_LARGE under the default 2 MB cap, and honours a configured cap', () => {
    const big = `Headline\n${'Iran and Iraq talk. '.repeat(150_000)}`;
    expect(codeOf(() => decompose(big, { now }))).toBe('TOO_LARGE');
    expect(codeOf(() => decompose('Headline\nIran met Iraq.', { now, maxBytes: 10 }))).toBe('TOO_LARGE');
  });

  it('uses the injected ingest date with a warning when the text has no date', () => {
    const r = decompose('Iran and Iraq hold talks\n\nIran and Iraq held talks in Baghdad.', { now });
    expect(r.report.publishedOn).toBe('2030-01-01');
    expect(r.warnings.join(' ')).toMatch(/no published date/);
  });

  it('warns about an unreadable date line instead of failing', () => {
    const r = decompose('Headline here\nDate: sometime soon\n\nIran met Iraq.', { now });
    expect(r.report.publishedOn).toBe('2030-01-01');
    expect(r.warnings.join(' ')).toMatch(/could not read the date/);
  });

  it('keeps names containing HTML or Cypher-looking text literally, as data', () => {
    const text = `Report on <script>alert(1)</script> – Source
Published on: 2025-01-01
1. BLUF (Bottom Line Up Front)
Iran met Iraq. Confidence level: Low.
6. Key Individuals and Entities
– Robert'); MATCH (n) DETACH DELETE n; //
– <b>Ali Larijani</b>
7. Thematic Tags
x' OR 1=1 --`;
    const r = decompose(text, { now });
    expect(r.report.title).toBe('Report on <script>alert(1)</script>');
    expect(r.entities.map((e) => e.name)).toContain("Robert'); MATCH (n) DETACH DELETE n; //");
    expect(r.themes.map((t) => t.name)).toContain("x' or 1=1 --");
  });

  it('reads a report whose sections stop mid-way (unterminated bold, no tags) with what is there', () => {
    const r = decompose(`Headline – Src\nPublished on: 2025-01-01\n1. BLUF\nIran met Iraq on 2 January 2025.\n2. Competing Hypotheses\n1. **Hypothesis 1: Iran wants`, { now });
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]?.text).toMatch(/Iran wants/);
    expect(r.themes).toEqual([]);
  });

  it('rejects JSON that does not match ReportInput, saying which field is wrong', () => {
    expect(codeOf(() => decompose('{"title": 5}', { now }))).toBe('BAD_INPUT');
    expect(() => decompose('{"title": 5}', { now })).toThrow(/title/);
    expect(codeOf(() => decompose('{"title": "x", ', { now }))).toBe('BAD_INPUT');
    expect(codeOf(() => decompose({ title: '' } as never, { now }))).toBe('BAD_INPUT');
  });

  it('rejects something that is neither text nor an object', () => {
    expect(codeOf(() => decompose(42 as never, { now }))).toBe('BAD_INPUT');
  });
});
