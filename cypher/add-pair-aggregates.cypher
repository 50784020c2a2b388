// Add reports' contributions to the per-pair totals (server/store/neo4j/pair-aggregates.ts):
// one PAIR per two entities, lower id first. Counts add up; first/last dates widen.
UNWIND $pairs AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
MERGE (a)-[p:PAIR]->(b)
  ON CREATE SET p.coReports = 0, p.tieReports = 0, p.bothReports = 0, p.tieCount = 0, p.polaritySum = 0.0
WITH p, row, date(row.date) AS d,
  CASE WHEN row.tieFirst IS NULL THEN null ELSE date(row.tieFirst) END AS tf,
  CASE WHEN row.tieLast IS NULL THEN null ELSE date(row.tieLast) END AS tl
SET p.coReports = p.coReports + row.co,
  p.tieReports = p.tieReports + CASE WHEN row.ties > 0 THEN 1 ELSE 0 END,
  p.bothReports = p.bothReports + CASE WHEN row.co = 1 AND row.ties > 0 THEN 1 ELSE 0 END,
  p.tieCount = p.tieCount + row.ties,
  p.polaritySum = p.polaritySum + row.polaritySum,
  p.coFirst = CASE WHEN row.co = 1 AND (p.coFirst IS NULL OR d < p.coFirst) THEN d ELSE p.coFirst END,
  p.coLast = CASE WHEN row.co = 1 AND (p.coLast IS NULL OR d > p.coLast) THEN d ELSE p.coLast END,
  p.tieFirst = CASE WHEN tf IS NOT NULL AND (p.tieFirst IS NULL OR tf < p.tieFirst) THEN tf ELSE p.tieFirst END,
  p.tieLast = CASE WHEN tl IS NOT NULL AND (p.tieLast IS NULL OR tl > p.tieLast) THEN tl ELSE p.tieLast END
RETURN count(*) AS added
