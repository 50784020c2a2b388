// Around each entity in $ids: its TIE edges dated in the window, its affiliations (no
// window), each to entity neighbours (only those in $others when given), and the reports
// in the window that mention it. For induced subgraphs: the caller intersects the report
// lists of the set, so no report's entity list is read.
UNWIND $ids AS id
MATCH (a:Entity {id: id})
RETURN a.id AS a,
  [(a)-[t:TIE]-(b:Entity)
     WHERE b <> a AND ($from IS NULL OR t.date >= date($from)) AND ($to IS NULL OR t.date <= date($to))
       AND ($others IS NULL OR b.id IN $others)
     | [b.id, b.kind, t.reportId, toString(t.date), t.polarity]] AS ties,
  [(a)-[f:AFFILIATED_WITH]-(b:Entity)
     WHERE b <> a AND ($others IS NULL OR b.id IN $others)
     | [b.id, b.kind, f.reportId, startNode(f).id]] AS affiliations,
  [(a)<-[m:MENTIONS]-(r:Report)
     WHERE ($from IS NULL OR m.date >= date($from)) AND ($to IS NULL OR m.date <= date($to))
     | [r.id, toString(m.date)]] AS reports
