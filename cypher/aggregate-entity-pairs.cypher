// Entity–entity evidence around each root in $roots ({id, members: raw ids merged into it,
// itself included}), aggregated per resolved pair: TIE sentences dated in the window and
// reports in the window naming both ends, grouped per (pair, report) first so a report
// counts once however many merged members it names. One root per subquery call, so the
// grouping state stays bounded by one root's evidence. $redirects maps a merged raw id to
// its root; $others (raw ids or null) restricts the far end, for induced subgraphs.
// $mentionsByDate and $tiesByDate (window-evidence.ts decides from window-link-costs) find
// a member's mentions or ties from the window's side, through the date indexes
// ($mentionSeekFrom.., $tieSeekFrom..: an empty range otherwise), instead of walking all
// its MENTIONS or TIEs: much less to read for a narrow window around a busy entity. (Labels are not
// checked on that side: MENTIONS only goes from a report to an entity, TIE between two.)
UNWIND $roots AS root
CALL (root) {
  UNWIND root.members AS uid
  MATCH (u:Entity {id: uid})
  CALL (u) {
    WITH u WHERE NOT $mentionsByDate
    MATCH (u)<-[m:MENTIONS]-(r:Report)-[:MENTIONS]->(v:Entity)
    WHERE v <> u AND ($from IS NULL OR m.date >= date($from)) AND ($to IS NULL OR m.date <= date($to))
      AND ($others IS NULL OR v.id IN $others)
    RETURN v.id AS vid, v.kind AS kind, r.id AS rid, m.date AS d, 0 AS tie, 0.0 AS pol
    UNION ALL
    WITH u WHERE NOT $tiesByDate
    MATCH (u)-[t:TIE]-(v:Entity)
    WHERE v <> u AND ($from IS NULL OR t.date >= date($from)) AND ($to IS NULL OR t.date <= date($to))
      AND ($others IS NULL OR v.id IN $others)
    RETURN v.id AS vid, v.kind AS kind, t.reportId AS rid, t.date AS d, 1 AS tie, t.polarity AS pol
    UNION ALL
    WITH u WHERE $mentionsByDate
    MATCH (r)-[m:MENTIONS]->(w)
    USING INDEX m:MENTIONS(date)
    WHERE m.date >= date($mentionSeekFrom) AND m.date <= date($mentionSeekTo) AND w = u
    MATCH (r)-[:MENTIONS]->(v)
    WHERE v <> u AND ($others IS NULL OR v.id IN $others)
    RETURN v.id AS vid, v.kind AS kind, r.id AS rid, m.date AS d, 0 AS tie, 0.0 AS pol
    UNION ALL
    WITH u WHERE $tiesByDate
    MATCH (a)-[t:TIE]->(b)
    USING INDEX t:TIE(date)
    WHERE t.date >= date($tieSeekFrom) AND t.date <= date($tieSeekTo) AND (a = u OR b = u) AND a <> b
    WITH t, CASE WHEN a = u THEN b ELSE a END AS v
    WHERE $others IS NULL OR v.id IN $others
    RETURN v.id AS vid, v.kind AS kind, t.reportId AS rid, t.date AS d, 1 AS tie, t.polarity AS pol
  }
  WITH coalesce($redirects[vid], vid) AS rv, kind, rid, d, tie, pol
  WHERE rv <> root.id
  WITH rv, rid, min(kind) AS kind, sum(tie) AS ties, max(1 - tie) AS co, collect(CASE tie WHEN 1 THEN pol END) AS pols,
    min(CASE tie WHEN 1 THEN d END) AS tFirst, max(CASE tie WHEN 1 THEN d END) AS tLast,
    min(CASE tie WHEN 0 THEN d END) AS cFirst, max(CASE tie WHEN 0 THEN d END) AS cLast
  RETURN rv, min(kind) AS kind, sum(ties) AS tieCount,
    count(CASE WHEN co = 1 THEN 1 END) AS coReports, count(CASE WHEN co = 1 AND ties = 0 THEN 1 END) AS coOnly,
    count(*) AS reportCount, reduce(s = [], p IN collect(pols) | s + p) AS polarities,
    toString(min(tFirst)) AS tieFirst, toString(max(tLast)) AS tieLast,
    toString(min(cFirst)) AS coFirst, toString(max(cLast)) AS coLast
}
RETURN root.id AS u, rv AS v, kind, tieCount, coReports, coOnly, reportCount, polarities, tieFirst, tieLast, coFirst, coLast
