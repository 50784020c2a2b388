/**
 * `npm run eval`: scores the pipeline against the gold corpus and prints a table per
 * format and overall. `--details` also lists each report's misses and false positives.
 */
import { scoreCorpus } from './corpus.ts';
import { totals, type ReportScore } from './score.ts';

const scores = scoreCorpus();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const groups: [string, ReportScore[]][] = [
  ...[...new Set(scores.map((s) => s.format))].sort().map((f) => [f, scores.filter((s) => s.format === f)] as [string, ReportScore[]]),
  ['overall', scores],
];
const rows: Record<string, Record<string, string | number>> = {};
for (const [name, group] of groups) {
  const t = totals(group);
  rows[name] = {
    reports: t.reports, 'entity P': pct(t.entityPrecision), 'entity R': pct(t.entityRecall), 'entity F1': pct(t.entityF1),
    'kind acc': pct(t.kindAccuracy), 'date acc': pct(t.dateAccuracy), 'key missing': t.keyIndividualsMissing,
    'event R': pct(t.eventRecall), 'tie P': pct(t.tiePrecision), 'tie R': pct(t.tieRecall), 'polarity': pct(t.polarityAgreement),
  };
}
if (process.argv.includes('--details')) {
  for (const s of scores) {
    console.log(`\n## ${s.file}`);
    if (s.falsePositives.length) console.log('  FP:', s.falsePositives.join(' | '));
    if (s.falseNegatives.length) console.log('  FN:', s.falseNegatives.join(' | '));
    if (s.keyIndividualsMissing.length) console.log('  key missing:', s.keyIndividualsMissing.join(' | '));
    for (const e of s.missedEvents) console.log('  missed event:', e);
    for (const t of s.missedTies) console.log('  missed tie:', t);
    if (process.argv.includes('--extra')) console.log('  extra ties:', s.extraTies.join(' ; '));
  }
}
console.table(rows);
