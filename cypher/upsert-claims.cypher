UNWIND $claims AS row
MERGE (c:Claim {id: row.id})
  ON CREATE SET c.kind = 'Claim', c.claimKind = row.kind, c.text = row.text, c.name = row.text,
    c.rank = toInteger(row.rank), c.supported = row.supported
