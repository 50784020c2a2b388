/** Which event a date in a sentence anchors, and what that event says. */
import { describe, expect, it } from 'vitest';
import { decompose } from '../../server/ingest/decompose.ts';

const now = new Date('2030-01-01T00:00:00Z');
const report = (body: string) => decompose(`Iraq recalls ambassador\nPublished: 2024-01-17\n\n${body}`, { now });

describe('a date that names a thing ("the March 2023 agreement")', () => {
  it('anchors that thing, summarised by its own words, not the sentence around it', () => {
    const r = report('Iraq recalled its ambassador from Tehran on 16 January 2024. '
      + 'This is the sharpest diplomatic rupture between Iraq and Iran in years and it undercuts the March 2023 border security agreement.');
    const march = r.events.filter((e) => e.date === '2023-03-01');
    expect(march.map((e) => e.summary)).toEqual(['the March 2023 border security agreement']);
    expect(march[0]!.kind).not.toBe('conflict');
    expect(march[0]!.actors).toEqual(['country:IRN', 'country:IRQ']);
    expect(r.events.find((e) => e.date === '2024-01-16')).toMatchObject({ kind: 'conflict' });
  });

  it('keeps the actors of the clause and the score of the sentence when the named thing has none', () => {
    const between = report('The March 2023 agreement between Iraq and Iran collapsed on 16 January 2024.');
    expect(between.events.find((e) => e.date === '2023-03-01')).toMatchObject({ summary: 'The March 2023 agreement', actors: ['country:IRN', 'country:IRQ'] });
    const said = report('Iran said that March 2023 talks with Iraq had failed.');
    expect(said.events.find((e) => e.date === '2023-03-01')?.actors).toEqual(['country:IRN', 'country:IRQ']);
    const round = report('Iraq and Iran signed a deal in the March 2023 round of talks.');
    expect(round.events.find((e) => e.date === '2023-03-01')).toMatchObject({ summary: 'the March 2023 round of talks', kind: 'cooperation' });
  });

  it('leaves a date that dates the verb as it was ("signed in March 2023", "on 16 January")', () => {
    const r = report('Iraq and Iran signed a border security agreement in March 2023.');
    expect(r.events.map((e) => [e.date, e.summary])).toEqual([['2023-03-01', 'Iraq and Iran signed a border security agreement in March 2023.']]);
  });
});
