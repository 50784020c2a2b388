MATCH (a:Entity)-[t:TIE]-(b:Entity)
WHERE a.id IN $as AND b.id IN $bs
  AND ($from IS NULL OR t.date >= date($from)) AND ($to IS NULL OR t.date <= date($to))
WITH DISTINCT t
OPTIONAL MATCH (r:Report {id: t.reportId})
RETURN t.reportId AS reportId, coalesce(r.title, '') AS reportTitle, t.date AS date, t.sentence AS sentence,
  t.start AS start, t.end AS end, t.kind AS kind, t.polarity AS polarity
ORDER BY date ASC, reportId ASC, start ASC
