// Add reports' contributions, summed per pair (server/store/neo4j/pair-aggregates.ts), to
// the per-pair totals: one PAIR per two entities, lower id first, found by its key (the
// pair_key_unique constraint). A new pair takes the row as it is; an existing one adds the
// counts, widens its first/last dates, and its weight follows the counts (edge-weight.ts).
// Rows are arrays, not maps (a batch has ~15k; field names per row cost more on the wire
// than the statement): [a, b, coReports, tieReports, bothReports, tieCount, polaritySum,
// weight, coFirst, coLast, tieFirst, tieLast].
UNWIND $pairs AS r
WITH r[0] AS a, r[1] AS b, r[0] + $keySeparator + r[1] AS key, toInteger(r[2]) AS co, toInteger(r[3]) AS tr,
  toInteger(r[4]) AS both, toInteger(r[5]) AS ties, r[6] AS pol, r[7] AS weight,
  date(r[8]) AS cf, date(r[9]) AS cl, date(r[10]) AS tf, date(r[11]) AS tl
MATCH (na:Entity {id: a})
MATCH (nb:Entity {id: b})
MERGE (na)-[p:PAIR {key: key}]->(nb)
  ON CREATE SET p.coReports = co, p.tieReports = tr, p.bothReports = both, p.tieCount = ties, p.polaritySum = pol,
    p.weight = weight, p.coFirst = cf, p.coLast = cl, p.tieFirst = tf, p.tieLast = tl
  ON MATCH SET p.coReports = p.coReports + co, p.tieReports = p.tieReports + tr, p.bothReports = p.bothReports + both,
    p.tieCount = p.tieCount + ties, p.polaritySum = p.polaritySum + pol,
    p.weight = p.tieCount + ties + $coMentionWeight * (p.coReports + co - p.bothReports - both),
    p.coFirst = CASE WHEN cf IS NOT NULL AND (p.coFirst IS NULL OR cf < p.coFirst) THEN cf ELSE p.coFirst END,
    p.coLast = CASE WHEN cl IS NOT NULL AND (p.coLast IS NULL OR cl > p.coLast) THEN cl ELSE p.coLast END,
    p.tieFirst = CASE WHEN tf IS NOT NULL AND (p.tieFirst IS NULL OR tf < p.tieFirst) THEN tf ELSE p.tieFirst END,
    p.tieLast = CASE WHEN tl IS NOT NULL AND (p.tieLast IS NULL OR tl > p.tieLast) THEN tl ELSE p.tieLast END
RETURN count(*) AS added
