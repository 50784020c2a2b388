// The windowed evidence among a set of entities ($ids: raw ids; nothing merged into any),
// found from the window's side through the date indexes (tie_date, mentions_date) rather
// than by walking every TIE and MENTIONS of each member: for a narrow window around busy
// entities that reads a fraction of the rows. TIE sentences
// dated in the window between two members, summed per pair here (lower id first: count,
// polarities, first/last date, the reports they come from), so a year among hubs sends a
// few hundred rows, not thousands of sentences; and the reports in the window naming two or
// more members ([reportId, date, member ids]), from which the caller counts co-mentions
// per pair (window-pairs.ts; grouping those pairs here cost more than it saved). No label
// checks: TIE only joins entities, MENTIONS only a report to an entity. Membership is tested
// on the nodes themselves, not their id property (a third less time: no property read for
// each of the window's tens of thousands of rows).
MATCH (x:Entity) WHERE x.id IN $ids
WITH collect(x) AS members
CALL (members) {
  MATCH (a)-[t:TIE]->(b)
  WHERE t.date >= date($from) AND t.date <= date($to) AND a IN members AND b IN members AND a <> b
  WITH CASE WHEN a.id < b.id THEN a ELSE b END AS lo, CASE WHEN a.id < b.id THEN b ELSE a END AS hi, t
  WITH lo, hi, count(*) AS n, collect(t.polarity) AS pols, min(t.date) AS first, max(t.date) AS last,
    collect(DISTINCT t.reportId) AS reports
  RETURN collect([lo.id, lo.kind, hi.id, hi.kind, n, pols, toString(first), toString(last), reports]) AS ties
}
CALL (members) {
  MATCH (r)-[m:MENTIONS]->(a)
  WHERE m.date >= date($from) AND m.date <= date($to) AND a IN members
  WITH r, m.date AS d, collect(a.id) AS named
  WHERE size(named) > 1
  RETURN collect([r.id, toString(d), named]) AS reports
}
RETURN ties, reports
