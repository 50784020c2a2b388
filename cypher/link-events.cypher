// What this report says about the event rides on its REPORTS edge, so the event's
// properties can be re-elected from the earliest report still telling it.
UNWIND $links AS row
MATCH (r:Report {id: row.reportId})
MATCH (e:Event {id: row.eventId})
MERGE (r)-[x:REPORTS]->(e)
SET x.date = date(row.date), x.kind = row.kind, x.polarity = row.polarity, x.summary = row.summary,
    x.sentence = row.sentence, x.start = toInteger(row.start), x.end = toInteger(row.end)
