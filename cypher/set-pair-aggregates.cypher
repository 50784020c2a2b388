// Overwrite PAIR totals with recomputed ones (pair-aggregates.ts); no evidence, no PAIR.
UNWIND $pairs AS row
MATCH ()-[p:PAIR {key: row.key}]->()
CALL (p, row) {
  WITH p WHERE row.coReports + row.tieReports = 0
  DELETE p
}
CALL (p, row) {
  WITH p WHERE row.coReports + row.tieReports > 0
  SET p.coReports = row.coReports, p.tieReports = row.tieReports, p.bothReports = row.bothReports,
    p.tieCount = row.tieCount, p.polaritySum = row.polaritySum, p.weight = row.weight,
    p.coFirst = CASE WHEN row.coFirst IS NULL THEN null ELSE date(row.coFirst) END,
    p.coLast = CASE WHEN row.coLast IS NULL THEN null ELSE date(row.coLast) END,
    p.tieFirst = CASE WHEN row.tieFirst IS NULL THEN null ELSE date(row.tieFirst) END,
    p.tieLast = CASE WHEN row.tieLast IS NULL THEN null ELSE date(row.tieLast) END
}
RETURN count(*) AS set
