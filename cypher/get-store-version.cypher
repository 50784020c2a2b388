// The data layout this database was last brought up to (null for an empty or older one).
OPTIONAL MATCH (m:KgMeta {id: 'store'})
RETURN m.version AS version, COUNT { MATCH (:Report) } AS reports
