// The windowed evidence among a set of entities ($within: raw id → true), found from the
// window's side through the date indexes (tie_date, mentions_date) rather than by walking
// every TIE and MENTIONS of each member: for a narrow window around busy entities that
// reads a fraction of the rows. TIE sentences dated in the window between two members
// ([a, a's kind, b, b's kind, reportId, date, polarity]), and reports in the window naming
// at least two members ([reportId, date, member ids]); the caller aggregates per pair
// (entity-edges.ts). No label checks: TIE only joins entities, MENTIONS only a report to an
// entity, and reading labels cost a third of the statement.
CALL () {
  MATCH (a)-[t:TIE]->(b)
  WHERE t.date >= date($from) AND t.date <= date($to) AND $within[a.id] AND $within[b.id] AND a <> b
  RETURN collect([a.id, a.kind, b.id, b.kind, t.reportId, toString(t.date), t.polarity]) AS ties
}
CALL () {
  MATCH (r)-[m:MENTIONS]->(a)
  WHERE m.date >= date($from) AND m.date <= date($to) AND $within[a.id]
  WITH r, m.date AS d, collect(a.id) AS named
  WHERE size(named) > 1
  RETURN collect([r.id, toString(d), named]) AS reports
}
RETURN ties, reports
