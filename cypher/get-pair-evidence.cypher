// The PAIR totals of each pair {a, b} recomputed from the evidence left, summed here so a
// hub–hub pair (thousands of shared reports) returns one row, not one per report: reports
// naming both (their count and first/last date) and the TIE sentences between them (count,
// polarity sum, first/last date, how many reports they come from). Every report with a TIE
// also names both its ends (create-ties links a report's own entities only), so those
// reports are all "both" reports, as add-pair-aggregates counts them. The caller derives
// the weight (pair-aggregates.ts).
// Shared reports are found from the end fewer reports name (its degree is a constant-time
// read), each checked against the other end: a planner's fixed direction would walk a
// hub's thousands of reports for a pair whose other end is rare.
UNWIND $pairs AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
WITH a, b, COUNT { (a)<-[:MENTIONS]-() } <= COUNT { (b)<-[:MENTIONS]-() } AS fromA
CALL (a, b, fromA) {
  WITH CASE WHEN fromA THEN a ELSE b END AS rarer, CASE WHEN fromA THEN b ELSE a END AS other
  OPTIONAL MATCH (rarer)<-[m:MENTIONS]-(r:Report)
  WHERE EXISTS { (r)-[:MENTIONS]->(other) }
  RETURN count(r) AS coReports, min(m.date) AS coFirst, max(m.date) AS coLast
}
CALL (a, b) {
  OPTIONAL MATCH (a)-[t:TIE]-(b)
  RETURN count(t) AS tieCount, coalesce(sum(t.polarity), 0) AS polaritySum, min(t.date) AS tieFirst,
    max(t.date) AS tieLast, collect(DISTINCT t.reportId) AS tieReportIds
}
RETURN a.id AS a, b.id AS b, coReports, toString(coFirst) AS coFirst, toString(coLast) AS coLast,
  tieCount, polaritySum, toString(tieFirst) AS tieFirst, toString(tieLast) AS tieLast,
  size(tieReportIds) AS tieReports, size(tieReportIds) AS bothReports
