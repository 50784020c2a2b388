import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decompose } from '../../server/ingest/decompose.ts';

const text = readFileSync(new URL('../corpus/reports/dev-000-larijani-iraq-ties.txt', import.meta.url), 'utf8');
const report = decompose(text, { fileName: 'dev-000-larijani-iraq-ties.txt' });

describe('evidence sentences', () => {
  it('leave out list markers and bold run-in labels, which are layout', () => {
    const hypothesis = report.ties.find((t) => t.sentence.startsWith('Iran seeks to strengthen ties with Iraq'));
    expect(hypothesis).toBeDefined();
    for (const tie of report.ties) expect(tie.sentence).not.toMatch(/^\s*([-–•*]|\d+\.)\s|\*\*/);
  });

  it('keep offsets that point at the sentence in the original text', () => {
    for (const tie of report.ties) expect(text.slice(tie.start, tie.end)).toBe(tie.sentence);
  });
});

describe('a sentence said twice', () => {
  const article = (body: string) => `Iraq and Turkey agree water-sharing plan\nDate: 2025-07-02\n\n${body}\n`;
  const once = 'Iraq and Turkey signed a water-sharing agreement in Ankara on Wednesday. Syria condemned Turkey over the dam.';

  it('is one piece of evidence: a text repeating itself yields the ties and events of one telling', () => {
    const single = decompose(article(once), { now: new Date('2025-07-03') });
    // repeated with other spacing and case: still the same sentences
    const repeated = decompose(article([once, once.toUpperCase(), once.replace(/ /g, '  ')].join('\n\n')), { now: new Date('2025-07-03') });
    const shape = (r: typeof single) => ({ ties: r.ties.map((t) => [t.a, t.b, t.sentence]), events: r.events.map((e) => [e.kind, e.date, e.actors]) });
    expect(single.ties.length).toBeGreaterThanOrEqual(2);
    expect(shape(repeated)).toEqual(shape(single));
  });

  it('in a BLUF and again in the body of an intelligence report counts once', () => {
    const bluf = 'Iran and Iraq signed a border security pact in Baghdad.';
    const r = decompose(`Intelligence Report: Border pact\nDate: 2025-03-19\n\nBLUF: ${bluf}\n\nBody\n\n${bluf} Turkey welcomed it.\n`, { now: new Date('2025-03-20') });
    expect(r.ties.filter((t) => t.sentence === bluf)).toHaveLength(1);
  });
});
