// Take retracted reports' contributions off the per-pair totals. A pair left with no
// evidence loses its PAIR; one whose first or last date came from a retracted report is
// returned, to be recomputed from the evidence left (pair-aggregates.ts).
UNWIND $pairs AS row
MATCH (:Entity {id: row.a})-[p:PAIR]->(:Entity {id: row.b})
WITH p, row, date(row.date) AS d,
  CASE WHEN row.tieFirst IS NULL THEN null ELSE date(row.tieFirst) END AS tf,
  CASE WHEN row.tieLast IS NULL THEN null ELSE date(row.tieLast) END AS tl
WITH p, row,
  (row.co = 1 AND (d = p.coFirst OR d = p.coLast)) OR (tf IS NOT NULL AND (tf = p.tieFirst OR tl = p.tieLast)) AS stale
SET p.coReports = p.coReports - row.co,
  p.tieReports = p.tieReports - CASE WHEN row.ties > 0 THEN 1 ELSE 0 END,
  p.bothReports = p.bothReports - CASE WHEN row.co = 1 AND row.ties > 0 THEN 1 ELSE 0 END,
  p.tieCount = p.tieCount - row.ties,
  p.polaritySum = p.polaritySum - row.polaritySum
WITH p, row, stale, p.coReports + p.tieReports = 0 AS empty
CALL (p, empty) {
  WITH p WHERE empty
  DELETE p
}
WITH row, stale, empty WHERE stale AND NOT empty
RETURN row.a AS a, row.b AS b
