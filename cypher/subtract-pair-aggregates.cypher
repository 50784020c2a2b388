// Take retracted reports' contributions, summed per pair, off the per-pair totals (rows as
// in add-pair-aggregates). A pair left with no evidence loses its PAIR; one whose first or
// last date came from a retracted report is returned, to be recomputed from the evidence
// left (pair-aggregates.ts).
UNWIND $pairs AS r
WITH r[0] AS a, r[1] AS b, toInteger(r[2]) AS co, toInteger(r[3]) AS tr, toInteger(r[4]) AS both,
  toInteger(r[5]) AS ties, r[6] AS pol, date(r[8]) AS cf, date(r[9]) AS cl, date(r[10]) AS tf, date(r[11]) AS tl
MATCH ()-[p:PAIR {key: a + $keySeparator + b}]->()
WITH p, a, b, co, tr, both, ties, pol,
  coalesce(cf = p.coFirst OR cl = p.coLast OR tf = p.tieFirst OR tl = p.tieLast, false) AS stale
SET p.coReports = p.coReports - co, p.tieReports = p.tieReports - tr, p.bothReports = p.bothReports - both,
  p.tieCount = p.tieCount - ties, p.polaritySum = p.polaritySum - pol,
  p.weight = p.tieCount - ties + $coMentionWeight * (p.coReports - co - p.bothReports + both)
WITH p, a, b, stale, p.coReports + p.tieReports = 0 AS empty
CALL (p, empty) {
  WITH p WHERE empty
  DELETE p
}
WITH a, b, stale, empty WHERE stale AND NOT empty
RETURN a, b
