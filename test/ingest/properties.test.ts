import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../server/errors.ts';
import { decompose } from '../../server/ingest/decompose.ts';

const now = new Date('2030-01-01T00:00:00Z');

/** Report-like text: headers, headings, bullets and names mixed with arbitrary strings. */
const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom('1. BLUF (Bottom Line Up Front)\n', '2. Competing Hypotheses\n', '6. Key Individuals\n', '7. Tags: ', 'Published on: 2025-09-08\n',
    '– ', '• ', '**Hypothesis 1**: ', 'Iran’s security chief Ali Larijani ', 'Iraqi ', ' on 8 September ', 'a day earlier ', 'Kataib Hezbollah (KH) ',
    'al-', 'Seyye ', '(', ')', '. ', '\n', ', ', 'Confidence level: High. ', 'Source: X\n', 'Date: 2024-01-01\n'),
);
const reportLike = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

function safeDecompose(text: string) {
  try { return decompose(text, { now }); } catch (e) {
    if (e instanceof KgError) return null;
    throw e;
  }
}

describe('decompose properties', () => {
  it('never throws anything but a KgError on arbitrary strings', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), reportLike), (s) => { safeDecompose(s); }), { numRuns: 400 });
  });

  it('gives the same output for the same input', () => {
    fc.assert(fc.property(reportLike, (s) => {
      expect(JSON.stringify(safeDecompose(s))).toBe(JSON.stringify(safeDecompose(s)));
    }), { numRuns: 150 });
  });

  it('only links entities the report contains', () => {
    fc.assert(fc.property(reportLike, (s) => {
      const r = safeDecompose(s);
      if (!r) return;
      const ids = new Set(r.entities.map((e) => e.id));
      for (const t of r.ties) { expect(ids.has(t.a)).toBe(true); expect(ids.has(t.b)).toBe(true); }
      for (const e of r.events) for (const a of e.actors) expect(ids.has(a)).toBe(true);
      for (const a of r.affiliations) { expect(ids.has(a.person)).toBe(true); expect(ids.has(a.org)).toBe(true); }
      for (const c of r.claims) for (const id of c.entities) expect(ids.has(id)).toBe(true);
    }), { numRuns: 200 });
  });

  it('finishes on long runs of punctuation and repeated headings (no regex blow-up)', () => {
    // Sizes large enough that a quadratic or exponential pattern would not finish in the test timeout.
    const inputs = [
      `Headline\n${'.'.repeat(200_000)}`,
      `Headline\n${'(((('.repeat(50_000)}`,
      `Headline\n${'– **'.repeat(50_000)}`,
      `Headline\n${'1. '.repeat(60_000)}`,
      `Headline\n${'Al-'.repeat(60_000)}`,
      `Headline\nIran ${'and Iraq '.repeat(20_000)}`,
      `${'1. BLUF\n'.repeat(20_000)}`,
      `Headline\n${'A B C D E F G H '.repeat(20_000)}`,
      `Headline\n${'on 8 September, '.repeat(20_000)}`,
    ];
    for (const input of inputs) expect(safeDecompose(input)).not.toBeUndefined();
  }, 60_000);
});
