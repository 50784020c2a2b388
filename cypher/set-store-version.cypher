// Record the data layout this database now follows.
MERGE (m:KgMeta {id: 'store'})
SET m.version = $version
