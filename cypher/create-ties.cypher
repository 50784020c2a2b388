// One TIE per piece of evidence: never merged on write (the report's old ties were deleted first).
UNWIND $ties AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
CREATE (a)-[:TIE {reportId: row.reportId, date: date(row.date), observed: row.observed, kind: row.kind,
  polarity: row.polarity, confidence: row.confidence, sentence: row.sentence,
  start: toInteger(row.start), end: toInteger(row.end)}]->(b)
