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
