// Add reports' contributions, summed per pair (server/store/neo4j/pair-aggregates.ts), to
// the per-pair totals: one PAIR per two entities, lower id first, found by its key (the
// pair_key_unique constraint). A new pair takes the row as it is; an existing one adds the counts,
// widens its first/last dates, and its weight follows the counts (edge-weight.ts).
UNWIND $pairs AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
MERGE (a)-[p:PAIR {key: row.key}]->(b)
  ON CREATE SET p.coReports = row.coReports, p.tieReports = row.tieReports, p.bothReports = row.bothReports,
    p.tieCount = row.tieCount, p.polaritySum = row.polaritySum, p.weight = row.weight,
    p.coFirst = date(row.coFirst), p.coLast = date(row.coLast), p.tieFirst = date(row.tieFirst), p.tieLast = date(row.tieLast)
  ON MATCH SET p.coReports = p.coReports + row.coReports, p.tieReports = p.tieReports + row.tieReports,
    p.bothReports = p.bothReports + row.bothReports, p.tieCount = p.tieCount + row.tieCount,
    p.polaritySum = p.polaritySum + row.polaritySum,
    p.weight = p.tieCount + row.tieCount + $coMentionWeight * (p.coReports + row.coReports - p.bothReports - row.bothReports),
    p.coFirst = CASE WHEN row.coFirst IS NOT NULL AND (p.coFirst IS NULL OR date(row.coFirst) < p.coFirst) THEN date(row.coFirst) ELSE p.coFirst END,
    p.coLast = CASE WHEN row.coLast IS NOT NULL AND (p.coLast IS NULL OR date(row.coLast) > p.coLast) THEN date(row.coLast) ELSE p.coLast END,
    p.tieFirst = CASE WHEN row.tieFirst IS NOT NULL AND (p.tieFirst IS NULL OR date(row.tieFirst) < p.tieFirst) THEN date(row.tieFirst) ELSE p.tieFirst END,
    p.tieLast = CASE WHEN row.tieLast IS NOT NULL AND (p.tieLast IS NULL OR date(row.tieLast) > p.tieLast) THEN date(row.tieLast) ELSE p.tieLast END
RETURN count(*) AS added
