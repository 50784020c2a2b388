// Take retracted reports' contributions, summed per pair, off the per-pair totals. A pair
// left with no evidence loses its PAIR; one whose first or last date came from a retracted
// report is returned, to be recomputed from the evidence left (pair-aggregates.ts).
UNWIND $pairs AS row
MATCH ()-[p:PAIR {key: row.key}]->()
WITH p, row,
  date(row.coFirst) = p.coFirst OR date(row.coLast) = p.coLast
    OR date(row.tieFirst) = p.tieFirst OR date(row.tieLast) = p.tieLast AS stale
SET p.coReports = p.coReports - row.coReports, p.tieReports = p.tieReports - row.tieReports,
  p.bothReports = p.bothReports - row.bothReports, p.tieCount = p.tieCount - row.tieCount,
  p.polaritySum = p.polaritySum - row.polaritySum,
  p.weight = p.tieCount - row.tieCount + $coMentionWeight * (p.coReports - row.coReports - p.bothReports + row.bothReports)
WITH p, row, coalesce(stale, false) AS stale, p.coReports + p.tieReports = 0 AS empty
CALL (p, empty) {
  WITH p WHERE empty
  DELETE p
}
WITH row, stale, empty WHERE stale AND NOT empty
RETURN row.a AS a, row.b AS b
