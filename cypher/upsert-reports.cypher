// seq keeps first-ingest order (an edit keeps its place): names tie-break on it.
UNWIND $reports AS row
MERGE (r:Report {id: row.id})
  ON CREATE SET r.seq = row.seq
SET r.kind = 'Report', r.title = row.title, r.name = row.title, r.source = row.source,
    r.publishedOn = date(row.publishedOn), r.confidence = row.confidence, r.format = row.format,
    r.bluf = row.bluf, r.contentHash = row.contentHash
