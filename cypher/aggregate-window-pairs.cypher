// Entity–entity evidence around each entity in $ids (raw ids nothing is merged into)
// inside the window, aggregated per raw neighbour: co-mentions (reports in the window naming
// both: count, first/last date) and TIE sentences dated in the window (count, polarities,
// first/last date, the reports they come from), plus the ids of the root's reports in the
// window. The caller (entity-edges.ts) derives which tie reports also co-mention: every
// report with a TIE names both its ends, so it co-mentions in the window exactly when it is
// one of the root's reports in the window. Grouping by neighbour, not by (neighbour,
// report) as aggregate-entity-pairs must for merged roots, is what keeps a busy actor's
// year (tens of thousands of rows) fast. $mentionsByDate, $tiesByDate and the seek ranges
// as in aggregate-entity-pairs. $others (raw ids or null) restricts the far end.
UNWIND $ids AS uid
MATCH (u:Entity {id: uid})
RETURN u.id AS u,
  COLLECT {
    CALL (u) {
      WITH u WHERE NOT $mentionsByDate
      MATCH (u)<-[m:MENTIONS]-(r:Report)
      WHERE m.date >= date($fromDate) AND m.date <= date($toDate)
      RETURN r, m.date AS d
      UNION ALL
      WITH u WHERE $mentionsByDate
      MATCH (r)-[m:MENTIONS]->(w)
      USING INDEX m:MENTIONS(date)
      WHERE m.date >= date($mentionSeekFrom) AND m.date <= date($mentionSeekTo) AND w = u
      RETURN r, m.date AS d
    }
    RETURN r.id
  } AS reportIds,
  // (each subquery walks the root's reports itself: one that imported a list from the outer
  // row would also group by it, hashing that list once per row)
  COLLECT {
    CALL (u) {
      WITH u WHERE NOT $mentionsByDate
      MATCH (u)<-[m:MENTIONS]-(r:Report)
      WHERE m.date >= date($fromDate) AND m.date <= date($toDate)
      RETURN r, m.date AS d
      UNION ALL
      WITH u WHERE $mentionsByDate
      MATCH (r)-[m:MENTIONS]->(w)
      USING INDEX m:MENTIONS(date)
      WHERE m.date >= date($mentionSeekFrom) AND m.date <= date($mentionSeekTo) AND w = u
      RETURN r, m.date AS d
    }
    MATCH (r)-[:MENTIONS]->(v:Entity)
    WHERE v <> u AND ($others IS NULL OR v.id IN $others)
    WITH v, count(*) AS n, min(d) AS first, max(d) AS last
    RETURN [v.id, v.kind, n, toString(first), toString(last)]
  } AS co,
  COLLECT {
    CALL (u) {
      WITH u WHERE NOT $tiesByDate
      MATCH (u)-[t:TIE]-(v:Entity)
      WHERE v <> u AND t.date >= date($fromDate) AND t.date <= date($toDate)
      RETURN t, v
      UNION ALL
      WITH u WHERE $tiesByDate
      MATCH (a)-[t:TIE]->(b)
      USING INDEX t:TIE(date)
      WHERE t.date >= date($tieSeekFrom) AND t.date <= date($tieSeekTo) AND (a = u OR b = u) AND a <> b
      RETURN t, CASE WHEN a = u THEN b ELSE a END AS v
    }
    WITH t, v WHERE $others IS NULL OR v.id IN $others
    WITH v, count(*) AS n, collect(t.polarity) AS pols, min(t.date) AS first, max(t.date) AS last,
      collect(DISTINCT t.reportId) AS rids
    RETURN [v.id, v.kind, n, pols, toString(first), toString(last), rids]
  } AS ties
