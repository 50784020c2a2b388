import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decompose } from '../../server/ingest/decompose.ts';

const CORPUS = new URL('../corpus/reports/', import.meta.url);

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
    expect(iranIraq('Iran cannot launch strikes inside Iraq.')).toBe(0);
  });

  it('but not across a clause break, and "not only" is no negation', () => {
    expect(iranIraq('Iran did not hesitate, and launched strikes inside Iraq.')).toBeLessThan(0);
    expect(iranIraq('Iran not only signed a cooperation deal with Iraq but expanded it.')).toBeGreaterThan(0);
  });
});

describe('a tie’s kind agrees with its polarity, as timelines count by sign', () => {
  it('on every corpus report: cooperation above 0, conflict below, neither at 0', () => {
    let ties = 0;
    for (const file of readdirSync(CORPUS)) {
      const report = decompose(readFileSync(new URL(file, CORPUS), 'utf8'), { fileName: file });
      for (const t of report.ties) {
        ties++;
        if (t.kind === 'cooperation') expect(t.polarity, t.sentence).toBeGreaterThan(0);
        if (t.kind === 'conflict') expect(t.polarity, t.sentence).toBeLessThan(0);
      }
    }
    expect(ties).toBeGreaterThan(100);
  });
});

describe('names listed after another actor are its counterparts, not tied to each other', () => {
  const pairs = (text: string) => decompose({ title: 'List check', publishedOn: '2025-08-12', text }).ties.map((t) => `${t.a} ${t.b}`);

  it('"X met A, B and C": X is tied to each, A, B and C not to one another', () => {
    const ties = pairs('Ali Larijani met President Abdul Latif Rashid, Speaker Mahmoud al-Mashhadani and Nouri al-Maliki in Baghdad.');
    for (const p of ['person:abdul-latif-rashid person:ali-larijani', 'person:ali-larijani person:mahmoud-al-mashhadani', 'person:ali-larijani person:nouri-al-maliki']) expect(ties).toContain(p);
    for (const p of ['person:abdul-latif-rashid person:mahmoud-al-mashhadani', 'person:abdul-latif-rashid person:nouri-al-maliki', 'person:mahmoud-al-mashhadani person:nouri-al-maliki']) expect(ties).not.toContain(p);
  });

  it('a list that opens the sentence, follows a speech verb or "between" stays tied', () => {
    expect(pairs('Iran and Iraq signed a border security pact.')).toContain('country:IRN country:IRQ');
    expect(pairs('Mohammed Shia al-Sudani said Iran and Iraq would sign a border security pact.')).toContain('country:IRN country:IRQ');
    expect(pairs('Turkey is balancing between the United States and Iran.')).toContain('country:IRN country:USA');
    expect(pairs('After talks with Recep Tayyip Erdogan on Monday, Iran and Iraq signed a border security pact.')).toContain('country:IRN country:IRQ');
    expect(pairs('Ali Larijani mediated between President Masoud Pezeshkian and Mohammed Shia al-Sudani.')).toContain('person:masoud-pezeshkian person:mohammed-shia-al-sudani');
  });
});
