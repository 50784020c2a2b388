/** The monthly chart's time axis spans the months shown, not years past them. */
import { describe, expect, it } from 'vitest';
import { monthAxisRange } from '../../client/src/view/month-axis.ts';

const seconds = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;
const day = (s: number) => new Date(s * 1000).toISOString().slice(0, 10);

describe('monthAxisRange', () => {
  it('puts a single month in the middle of a two-month axis', () => {
    const [from, to] = monthAxisRange(seconds('2025-08-01'), seconds('2025-08-01'));
    expect([day(from), day(to)]).toEqual(['2025-07-17', '2025-09-15']);
  });

  it('runs from half a month before the first month to the end of the last', () => {
    const [from, to] = monthAxisRange(seconds('2023-01-01'), seconds('2025-12-01'));
    expect([day(from), day(to)]).toEqual(['2022-12-17', '2026-01-15']);
  });
});
