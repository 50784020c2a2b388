import { describe, expect, it } from 'vitest';
import { scoreCorpus } from './corpus.ts';
import { totals } from './score.ts';

const scores = scoreCorpus();
const overall = totals(scores);

describe('pipeline quality on the gold corpus (a regression fails CI)', () => {
  it('finds entities with F1 ≥ 0.90 and precision ≥ 0.90', () => {
    expect(overall.entityPrecision).toBeGreaterThanOrEqual(0.9);
    expect(overall.entityF1).toBeGreaterThanOrEqual(0.9);
  });

  it('finds every listed key individual', () => {
    expect(scores.flatMap((s) => s.keyIndividualsMissing.map((k) => `${s.file}: ${k}`))).toEqual([]);
  });

  it('gets the entity kind right for ≥ 95% of matches', () => {
    expect(overall.kindAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the published date right in every report that has one', () => {
    expect(scores.filter((s) => s.dateCorrect === false).map((s) => s.file)).toEqual([]);
  });

  it('recalls ≥ 80% of gold events', () => {
    expect(overall.eventRecall).toBeGreaterThanOrEqual(0.8);
  });

  it('recalls ≥ 80% of gold tie pairs with polarity agreement ≥ 75%', () => {
    expect(overall.tieRecall).toBeGreaterThanOrEqual(0.8);
    expect(overall.polarityAgreement).toBeGreaterThanOrEqual(0.75);
  });
});
