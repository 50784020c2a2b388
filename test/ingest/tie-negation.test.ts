import { describe, expect, it } from 'vitest';
import { decompose } from '../../server/ingest/decompose.ts';

/** The polarity of the Iran–Iraq tie in a one-sentence report. */
function iranIraq(sentence: string): number | undefined {
  const report = decompose({ title: 'Negation check', publishedOn: '2025-08-12', text: sentence });
  return report.ties.find((t) => t.a === 'country:IRN' && t.b === 'country:IRQ')?.polarity;
}

describe('a negated cue does not set a tie’s polarity', () => {
  it('several words after the negation, in the same clause', () => {
    expect(iranIraq('Iran will strike targets inside Iraq.')).toBeLessThan(0);
    expect(iranIraq('Iran will not use the text to justify new strikes inside Iraq.')).toBe(0);
    expect(iranIraq('Iran won’t ever launch strikes inside Iraq.')).toBe(0);
  });

  it('but not across a clause break, and "not only" is no negation', () => {
    expect(iranIraq('Iran did not hesitate, and launched strikes inside Iraq.')).toBeLessThan(0);
    expect(iranIraq('Iran not only signed a cooperation deal with Iraq but expanded it.')).toBeGreaterThan(0);
  });
});
