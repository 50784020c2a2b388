import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, loadSchemaStatements, loadStatements, STATEMENT_NAMES } from '../../server/store/neo4j/statements.ts';

const files = readdirSync(CYPHER_DIR).filter((f) => f.endsWith('.cypher'));
const read = (f: string) => readFileSync(path.join(CYPHER_DIR, f), 'utf8');
const withoutComments = (text: string) => text.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');

describe('cypher/ statement files', () => {
  it('every statement the adapter names exists, and every file is used', () => {
    expect(Object.keys(loadStatements()).sort()).toEqual([...STATEMENT_NAMES].sort());
    expect(files.map((f) => f.replace(/\.cypher$/, '')).filter((n) => n !== 'schema').sort()).toEqual([...STATEMENT_NAMES].sort());
  });

  it('names files verb-noun in kebab case', () => {
    for (const f of files) expect(f).toMatch(/^[a-z]+(-[a-z]+)*\.cypher$/);
  });

  it('holds one statement per file (only the schema file has several)', () => {
    for (const f of files.filter((x) => x !== 'schema.cypher')) expect(withoutComments(read(f)), f).not.toContain(';');
  });

  it('has no unbounded variable-length pattern anywhere', () => {
    // [*], [:T*], [r:T*2..], [*..] without an upper bound
    const unbounded = /\[[^\]]*\*\s*(\d+\s*)?(\.\.\s*)?\]/;
    for (const f of files) expect(withoutComments(read(f)), f).not.toMatch(unbounded);
  });

  it('takes values only as $params: no string concatenation into queries', () => {
    for (const f of files) expect(withoutComments(read(f)), f).not.toMatch(/['"]\s*\+\s*\$|\$\w+\s*\+\s*['"]/);
  });

  it('creates every schema element idempotently, with a uniqueness constraint per ontology node label', () => {
    const schema = loadSchemaStatements();
    expect(schema.length).toBeGreaterThan(10);
    for (const s of schema) expect(s).toMatch(/IF NOT EXISTS/);
    for (const label of ['Entity', 'Report', 'Source', 'Person', 'Organization', 'Country', 'Location', 'Theme', 'Event', 'Claim']) {
      expect(schema.some((s) => new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`).test(s)), label).toBe(true);
    }
    expect(schema.some((s) => s.startsWith('CREATE FULLTEXT INDEX'))).toBe(true);
  });
});
