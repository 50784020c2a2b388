// Applied statement by statement at init(); every statement is idempotent (IF NOT EXISTS).
// Uniqueness on every merge key: the base :Entity label carries the id constraint that
// MERGE uses, and each ontology label gets its own so no two nodes of a kind share an id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (n:Merge) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_alias_key IF NOT EXISTS FOR (n:EntityAlias) REQUIRE n.key IS UNIQUE;
// An entity deleted with its last report and named again gets its analyst aliases back.
CREATE INDEX entity_alias_entity_id IF NOT EXISTS FOR (n:EntityAlias) ON (n.entityId);
CREATE INDEX report_published_on IF NOT EXISTS FOR (r:Report) ON (r.publishedOn);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE INDEX entity_merged_into IF NOT EXISTS FOR (n:Entity) ON (n.mergedInto);
CREATE INDEX source_name IF NOT EXISTS FOR (s:Source) ON (s.name);
CREATE INDEX tie_date IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.date);
CREATE INDEX tie_report_id IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.reportId);
CREATE INDEX involves_report_id IF NOT EXISTS FOR ()-[i:INVOLVES]-() ON (i.reportId);
CREATE INDEX affiliated_with_report_id IF NOT EXISTS FOR ()-[a:AFFILIATED_WITH]-() ON (a.reportId);
CREATE CONSTRAINT pair_key_unique IF NOT EXISTS FOR ()-[p:PAIR]-() REQUIRE p.key IS UNIQUE;
CREATE INDEX mentions_date IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.date);
// Search: names and aliases (joined into one string, aliasesText) of every searchable kind.
CREATE FULLTEXT INDEX node_names IF NOT EXISTS FOR (n:Person|Organization|Country|Location|Theme|Source|Report|Event|Claim) ON EACH [n.name, n.aliasesText]
