/** Messages about a report's own fields say what was wrong, and (for warnings) what was done instead. */
import { describe, expect, it } from 'vitest';
import { decompose } from '../../server/ingest/decompose.ts';
import { whyNotADate } from '../../server/ingest/dates.ts';

const now = new Date('2030-01-01T00:00:00Z');
const titleWarning = (warnings: readonly string[]) => warnings.filter((w) => /titled/.test(w));

describe('a YYYY-MM-DD that is no date', () => {
  it('publishedOn 2026-02-30 is refused as "not a calendar date", not replaced with the ingest date', () => {
    expect(() => decompose({ title: 'T', text: 'Iran and Iraq met.', publishedOn: '2026-02-30' }, { now }))
      .toThrow('publishedOn: 2026-02-30 is not a calendar date (February 2026 has 28 days)');
  });

  it('an event date that does not exist says so, and the report date is used', () => {
    const r = decompose({
      title: 'T', publishedOn: '2025-05-02', entities: [{ name: 'Iraq', kind: 'Country' }, { name: 'Turkey', kind: 'Country' }],
      events: [{ date: '2025-04-31', kind: 'cooperation', summary: 'Talks', actors: ['Iraq', 'Turkey'] }],
    }, { now });
    expect(r.events.map((e) => e.date)).toEqual(['2025-05-02']);
    expect(r.warnings).toContain('events[0]: 2025-04-31 is not a calendar date (April 2025 has 30 days); the report date is used');
  });

  it('says which part is wrong: the month, the day, or a year outside those read', () => {
    expect(whyNotADate('2026-13-01')).toBe('2026-13-01 is not a calendar date (months run 01 to 12)');
    expect(whyNotADate('2024-02-30')).toBe('2024-02-30 is not a calendar date (February 2024 has 29 days)');
    expect(whyNotADate('2026-06-00')).toBe('2026-06-00 is not a calendar date (June 2026 has 30 days)');
    expect(whyNotADate('1850-03-01')).toBe('1850-03-01 is outside the years 1900 to 2200 that dates are read in');
    expect(whyNotADate('2026-02-28')).toBeNull();
  });

  it('a text report whose Date: header is no date says so, news article and intel report alike', () => {
    const news = decompose('Iran and Iraq sign border pact\nDate: 2026-02-30\n\nIran and Iraq signed a border agreement in Baghdad.\n');
    expect(news.warnings).toContain('2026-02-30 is not a calendar date (February 2026 has 28 days)');
    const intel = decompose('Iran–Iraq border talks\nPublished on: 2026-13-01\n\nBLUF: Iran and Iraq resumed border talks.\n');
    expect(intel.warnings.some((w) => /^2026-13-01 is not a calendar date/.test(w))).toBe(true);
  });

  it('names the shapes that are read for a publishedOn of another shape', () => {
    expect(whyNotADate('next Tuesday')).toBeNull();
    expect(() => decompose({ title: 'T', text: 'Iran and Iraq met.', publishedOn: 'next Tuesday' }, { now }))
      .toThrow('publishedOn: "next Tuesday" is not a date: write YYYY-MM-DD or a written date such as September 8, 2025');
  });
});

describe('a report with a blank title', () => {
  it('a text report is titled after its first sentence, and the warning says so', () => {
    const r = decompose('#\n\nIran and Iraq met in Baghdad on Monday. Talks went on for hours.', { now });
    expect(r.report.title).toBe('Iran and Iraq met in Baghdad on Monday');
    expect(titleWarning(r.warnings)).toEqual(['no title found; the report is titled after the start of its text: "Iran and Iraq met in Baghdad on Monday"']);
  });

  it('a JSON report with title "   " and text is titled after its text, with or without its own entities', () => {
    const plain = decompose({ title: '   ', text: 'Iran and Iraq met.' }, { now });
    expect(plain.report.title).toBe('Iran and Iraq met');
    const tool = decompose({ title: ' ', text: 'Iraq and Turkey signed a water deal.', entities: [{ name: 'Iraq', kind: 'Country' }] }, { now });
    expect(tool.report.title).toBe('Iraq and Turkey signed a water deal');
    expect(titleWarning(tool.warnings)).toEqual(['no title found; the report is titled after the start of its text: "Iraq and Turkey signed a water deal"']);
  });

  it('a long first sentence is cut at a word boundary near 80 characters', () => {
    const sentence = 'Senior officials from Iran and Iraq met in Baghdad on Monday to discuss border security, water sharing and trade.';
    const { title } = decompose({ title: ' ', text: sentence }, { now }).report;
    expect(title).toBe('Senior officials from Iran and Iraq met in Baghdad on Monday to discuss border…');
    expect(sentence.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('untitled reports with different texts get different titles and ids', () => {
    const a = decompose({ title: ' ', text: 'Iran and Iraq met.' }, { now });
    const b = decompose({ title: ' ', text: 'Saudi Arabia and Iran met.' }, { now });
    expect(a.report.id).not.toBe(b.report.id);
  });

  it('with no text to take a title from, uses the file name, else "Untitled report"; never blank', () => {
    const entitiesOnly = { title: ' ', entities: [{ name: 'Iraq', kind: 'Country' as const }] };
    const named = decompose(entitiesOnly, { now, fileName: 'iraq.json' });
    expect(named.report.title).toBe('iraq.json');
    expect(titleWarning(named.warnings)).toEqual(['no title found and no text to take one from; the report is titled after its file name, "iraq.json"']);
    const unnamed = decompose(entitiesOnly, { now });
    expect(unnamed.report.title).toBe('Untitled report');
    expect(titleWarning(unnamed.warnings)).toEqual(['no title found and no text to take one from; the report is titled "Untitled report"']);
  });

  it('prefers the text over the file name', () => {
    const r = decompose('#\n\nIran and Iraq met.', { now, fileName: 'notes.txt' });
    expect(r.report.title).toBe('Iran and Iraq met');
  });
});

describe('text that is hardly a report', () => {
  it('a first line too long for a headline is cut like a title taken from the text, and says so', () => {
    const r = decompose(`${'word '.repeat(2000)}\n\nIran and Iraq met in Baghdad.`, { now });
    expect(r.report.title.length).toBeLessThanOrEqual(81);
    expect(r.report.title).toMatch(/^word word .*…$/);
    expect(r.warnings).toContainEqual(expect.stringMatching(/^the title is 9999 characters, too long for a headline; it is shown as "word word/));
    // The id comes from the whole line: two reports opening alike keep their own ids.
    const other = decompose(`${'word '.repeat(2000)}more\n\nIran and Iraq met in Baghdad.`, { now });
    expect(other.report.title).toBe(r.report.title);
    expect(other.report.id).not.toBe(r.report.id);
  });

  it('a report naming no actor or place says it adds nothing to the graph (text and structured input)', () => {
    expect(decompose('the talks went well.', { now }).warnings).toContain('no people, organizations, countries or places found: the report adds nothing to the graph');
    expect(decompose({ title: 'Nothing', text: 'The talks went well.', publishedOn: '2025-01-01', entities: [] }, { now }).warnings)
      .toContain('no people, organizations, countries or places found: the report adds nothing to the graph');
    expect(decompose('Iran and Iraq held talks.', { now }).warnings.join(' ')).not.toMatch(/adds nothing/);
  });
});
