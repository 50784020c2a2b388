// TIE evidence between two sets of entity ids (an entity and those merged into it), in the window.
MATCH (a:Entity)-[t:TIE]-(b:Entity)
WHERE a.id IN $as AND b.id IN $bs
  AND ($from IS NULL OR t.date >= date($from)) AND ($to IS NULL OR t.date <= date($to))
RETURN DISTINCT elementId(t) AS edgeId, t.reportId AS reportId, t.date AS date, t.polarity AS polarity, t.kind AS kind
