UNWIND $events AS row
MERGE (e:Event {id: row.id})
  ON CREATE SET e.kind = 'Event', e.eventKind = row.kind, e.date = date(row.date), e.polarity = row.polarity,
    e.summary = row.summary, e.name = row.summary
