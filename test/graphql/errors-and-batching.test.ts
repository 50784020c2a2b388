/**
 * Error masking (store unreachable, bugs), the client's own mistakes coded (variables that do not
 * coerce, HTTP-level refusals), DataLoader batching, SDL enums equal to the ontology, live updates over SSE.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSchema, GraphQLError, type GraphQLEnumType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../server/graphql/create-yoga.ts';
import { toClientError } from '../../server/graphql/to-client-error.ts';
import { createLogger, silentLogger } from '../../server/logger.ts';
import { ENTITY_KINDS, EVENT_KINDS, NODE_KIND_NAMES } from '../../server/ontology/ontology.ts';
import { createEmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import { createNeo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { INTERVALS } from '../../server/store/shared/time-buckets.ts';
import { createHarness, type Harness } from './support/graphql-harness.ts';
import { SEED_REPORTS } from './support/seed-reports.ts';

describe('errors are masked when the store is unreachable', () => {
  let h: Harness;
  const logged: string[] = [];
  beforeAll(async () => {
    const store = await createNeo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'secret-pw', queryTimeoutMs: 2000 });
    h = await createHarness({ store, logger: createLogger('debug', (l) => logged.push(l)) });
  });
  afterAll(() => h.close());

  it('a query that hits the store gives STORE_UNAVAILABLE or a masked error, without bolt:// or a stack', async () => {
    const r = await h.gql('{ stats { reports } }', undefined, { 'x-request-id': 'req-unreachable-1' });
    const text = JSON.stringify(r);
    expect(r.errors).toHaveLength(1);
    expect(['STORE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']).toContain(r.errors![0]!.extensions!.code);
    expect(text).not.toMatch(/bolt:\/\//);
    expect(text).not.toMatch(/127\.0\.0\.1:1/);
    expect(text).not.toMatch(/secret-pw/);
    expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
    expect(text).not.toMatch(/stack/i);
  });

  it('health still answers, saying the store is unreachable', async () => {
    const r = await h.gql('{ health { storeReachable } }');
    expect(r.data).toEqual({ health: { storeReachable: false } });
  });
});

describe('unexpected errors', () => {
  it('are masked for the client and logged in full with the request id', async () => {
    const logged: string[] = [];
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-graphql-'));
    const real = await createEmbeddedStore({ dataDir });
    await real.init();
    // The real store, with one method failing the way a bug would (not a mock of the store).
    const store: GraphStore = Object.assign(Object.create(real) as GraphStore, { kind: real.kind, stats: () => Promise.reject(new Error('boom at /secret/path.ts:12')) });
    const h = await createHarness({ store, logger: createLogger('debug', (l) => logged.push(l)) });
    try {
      const r = await h.gql('{ stats { reports } }', undefined, { 'x-request-id': 'req-bug-1' });
      expect(r.errors![0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-bug-1' } });
      expect(JSON.stringify(r)).not.toContain('boom');
      expect(logged.join('\n')).toMatch(/req-bug-1.*boom at \/secret\/path\.ts:12/s);
    } finally { await h.close(); }
  });
});

describe('variables that do not coerce are the caller\'s mistake: BAD_INPUT with graphql\'s message', () => {
  let h: Harness;
  const logged: string[] = [];
  beforeAll(async () => {
    h = await createHarness({ logger: createLogger('debug', (l) => logged.push(l)) });
    await h.store.upsertReports(SEED_REPORTS);
  });
  afterAll(() => h.close());

  const cases: [name: string, query: string, variables: Record<string, unknown>, message: string | RegExp][] = [
    ['a string for Int', 'query($n: Int) { reports(first: $n) { totalCount } }', { n: '10' },
      'Variable "$n" got invalid value "10"; Int cannot represent non-integer value: "10"'],
    ['an enum value in the wrong case', 'query($k: [NodeKind!]) { search(query: "Iran", kinds: $k) { totalCount } }', { k: ['country'] },
      /^Variable "\$k" got invalid value "country" at "k\[0\]"; Value "country" does not exist in "NodeKind" enum\./],
    ['an unknown Interval', 'query($i: Interval) { tieTimeline(a: "country:IRN", b: "country:IRQ", interval: $i) { start } }', { i: 'fortnight' },
      /^Variable "\$i" got invalid value "fortnight"; Value "fortnight" does not exist in "Interval" enum\./],
    ['an input missing a required field', 'mutation($i: ReportInput) { ingestReport(input: $i) { reportId } }', { i: { text: 'no title' } },
      'Variable "$i" got invalid value { text: "no title" }; Field "title" of required type "String!" was not provided.'],
    ['an unknown enum value inside an input', 'mutation($i: ReportInput) { ingestReport(input: $i) { reportId } }', { i: { title: 't', entities: [{ name: 'Iran', kind: 'Planet' }] } },
      /^Variable "\$i" got invalid value "Planet" at "i\.entities\[0\]\.kind"; Value "Planet" does not exist in "EntityKind" enum\./],
    ['a Date that is no calendar day', 'query($from: Date) { reports(from: $from) { totalCount } }', { from: '2025-13-01' },
      // (Under vitest graphql adds 'Expected type "Date". ': the scalar's GraphQLError is another copy's class there.)
      /^Variable "\$from" got invalid value "2025-13-01"; (Expected type "Date"\. )?Date must be a calendar day as YYYY-MM-DD/],
    ['null for a required variable', 'query($id: ID!) { node(id: $id) { id } }', { id: null },
      'Variable "$id" of non-null type "ID!" must not be null.'],
    ['a required variable left out', 'query($id: ID!) { node(id: $id) { id } }', {},
      'Variable "$id" of required type "ID!" was not provided.'],
  ];
  for (const [name, query, variables, message] of cases) {
    it(`${name}: HTTP 400, BAD_INPUT, no data, nothing logged as unexpected`, async () => {
      logged.length = 0;
      const r = await h.gql(query, variables);
      expect(r.status).toBe(400);
      expect(r.data).toBeUndefined();
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0]!.extensions).toEqual({ code: 'BAD_INPUT' });
      if (typeof message === 'string') expect(r.errors![0]!.message).toBe(message);
      else expect(r.errors![0]!.message).toMatch(message);
      expect(logged.join('\n')).not.toMatch(/unexpected/);
    });
  }

  it('answer 200 to a client that accepts only application/json, as validation errors do (GraphQL over HTTP)', async () => {
    const post = (query: string, variables: Record<string, unknown>) => h.app.fetch(new Request('http://localhost/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query, variables }),
    }));
    const bad = await post('query($n: Int) { reports(first: $n) { totalCount } }', { n: '10' });
    const invalid = await post('{ reports(first: "10") { totalCount } }', {});
    expect([bad.status, invalid.status]).toEqual([200, 200]);
    expect(((await bad.json()) as { errors: { extensions: unknown }[] }).errors[0]!.extensions).toEqual({ code: 'BAD_INPUT' });
  });

  it('an unknown enum literal written in the document stays a validation error, with its message', async () => {
    const r = await h.gql('{ search(query: "Iran", kinds: [country]) { totalCount } }');
    expect(r.status).toBe(400);
    expect(r.errors![0]!.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(r.errors![0]!.message).toMatch(/Value "country" does not exist in "NodeKind" enum/);
  });

  it('an invalid cursor says to pass back pageInfo.endCursor, the field a GraphQL client sees', async () => {
    const r = await h.gql('{ reports(after: "garbage") { totalCount } }');
    expect(r.errors![0]!.extensions).toEqual({ code: 'BAD_INPUT' });
    expect(r.errors![0]!.message).toBe('Invalid cursor: pass back the endCursor of the previous page (pageInfo.endCursor) unchanged.');
  });

  it('a coercion failure caused by a bug (a scalar throwing a plain Error) stays masked', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    const wrapped = new GraphQLError('Expected type "Date". ' + bug.message, { originalError: bug });
    const error = new GraphQLError('Variable "$from" got invalid value "2025-01-01"; ' + wrapped.message, { originalError: wrapped, extensions: { http: { status: 400 } } });
    const shaped = toClientError(error, 'req-scalar-bug', silentLogger);
    expect(shaped.message).toBe('Unexpected error.');
    expect(shaped.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-scalar-bug' });
  });
});

describe('HTTP-level refusals carry a documented code and nothing internal', () => {
  let h: Harness;
  beforeAll(async () => { h = await createHarness(); });
  afterAll(() => h.close());
  const send = async (init: RequestInit, url = 'http://localhost/graphql') => {
    const res = await h.app.fetch(new Request(url, init));
    return { status: res.status, body: (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] } };
  };
  const json = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

  it('a body that is not JSON: 400 BAD_INPUT, without the parser\'s originalError', async () => {
    const r = await send({ method: 'POST', headers: json, body: '{"query": ' });
    expect(r.status).toBe(400);
    expect(r.body.errors[0]!.message).toBe('POST body sent invalid JSON.');
    expect(r.body.errors[0]!.extensions).toEqual({ code: 'BAD_INPUT' });
  });

  it('a body that is not JSON, accepting application/json: still 400', async () => {
    const r = await send({ method: 'POST', headers: { ...json, accept: 'application/json' }, body: '{"query": ' });
    expect(r.status).toBe(400);
    expect(r.body.errors[0]!.extensions).toEqual({ code: 'BAD_INPUT' });
  });

  it('an array of operations (batching is off): 400 BAD_INPUT', async () => {
    const r = await send({ method: 'POST', headers: json, body: JSON.stringify([{ query: '{ health { status } }' }, { query: '{ health { status } }' }]) });
    expect(r.status).toBe(400);
    expect(r.body.errors[0]!.extensions).toEqual({ code: 'BAD_INPUT' });
  });

  it('a mutation over GET: 405 BAD_INPUT', async () => {
    const r = await send({ headers: { accept: 'application/json' } }, 'http://localhost/graphql?query=' + encodeURIComponent('mutation { deleteReport(id: "x") { deleted } }'));
    expect(r.status).toBe(405);
    expect(r.body.errors[0]!.extensions).toEqual({ code: 'BAD_INPUT' });
  });

  it('every code a client can see is one the README lists', async () => {
    const readme = (await import('node:fs')).readFileSync(new URL('../../server/graphql/README.md', import.meta.url), 'utf8');
    const listed = new Set([...(/Errors carry a stable `extensions\.code`:([^]*?)\n\n/.exec(readme)?.[1] ?? '').matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]));
    const seen = [
      await send({ method: 'POST', headers: json, body: '{"query": ' }),
      await send({ method: 'POST', headers: json, body: '[]' }),
      await send({ method: 'POST', headers: json, body: JSON.stringify({}) }),
      await send({ headers: { accept: 'application/json' } }, 'http://localhost/graphql?query=' + encodeURIComponent('mutation { deleteReport(id: "x") { deleted } }')),
      await send({ method: 'POST', headers: json, body: JSON.stringify({ query: 'query($n: Int) { reports(first: $n) { totalCount } }', variables: { n: 'x' } }) }),
      await send({ method: 'POST', headers: json, body: JSON.stringify({ query: '{' }) }),
    ].map((r) => r.body.errors[0]!.extensions.code);
    for (const code of seen) expect(listed, String(code)).toContain(code);
  });
});

describe('DataLoader', () => {
  /** The seeded embedded store, its calls to `method` recorded. */
  async function countingStore(method: 'getNodes' | 'reportEntities', calls: string[][]): Promise<GraphStore> {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-graphql-'));
    const real = await createEmbeddedStore({ dataDir });
    await real.init();
    await real.upsertReports(SEED_REPORTS);
    return Object.assign(Object.create(real) as GraphStore, {
      kind: real.kind,
      [method]: (ids: string[]) => { calls.push(ids); return real[method](ids); },
    });
  }

  it('resolves every edge end of a neighborhood with one store.getNodes call', async () => {
    const calls: string[][] = [];
    const h = await createHarness({ store: await countingStore('getNodes', calls) });
    try {
      const r = await h.gql('{ neighborhood(ids: ["country:IRQ"], depth: 2) { edges { sourceNode { name } targetNode { name } } } }');
      expect(r.errors).toBeUndefined();
      expect(r.data!.neighborhood.edges.length).toBeGreaterThan(2);
      expect(calls).toHaveLength(1);
      expect(new Set(calls[0]).size).toBe(calls[0]!.length);
    } finally { await h.close(); }
  });

  it('answers the entities of a page of reports with one store.reportEntities call', async () => {
    const calls: string[][] = [];
    const h = await createHarness({ store: await countingStore('reportEntities', calls) });
    try {
      const r = await h.gql('{ reports { edges { node { id entities { name } } } } }');
      expect(r.errors).toBeUndefined();
      expect(r.data!.reports.edges.map((e: { node: { entities: unknown[] } }) => e.node.entities.length)).toEqual([3, 3, 2]);
      expect(calls).toEqual([['report:2025-03-10-border', 'report:2025-01-15-larijani-baghdad', 'report:2024-06-01-us-iraq']]);
    } finally { await h.close(); }
  });
});

describe('SDL enums equal the ontology', () => {
  const schema = buildSchema(typeDefs);
  const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
  it('NodeKind, EntityKind, EventKind and Interval', () => {
    expect(values('NodeKind')).toEqual(NODE_KIND_NAMES);
    expect(values('EntityKind')).toEqual(ENTITY_KINDS);
    expect(values('EventKind')).toEqual([...EVENT_KINDS]);
    expect(values('Interval')).toEqual([...INTERVALS]);
  });

  it('every type, field, argument and enum value has a description', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if ('getFields' in type) {
        for (const f of Object.values(type.getFields())) {
          if (!f.description) missing.push(`${type.name}.${f.name}`);
          for (const a of ('args' in f ? f.args : [])) if (!a.description) missing.push(`${type.name}.${f.name}(${a.name})`);
        }
      }
      if ('getValues' in type) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('live updates over SSE', () => {
  it('graphChanged delivers an alias change to a subscriber', async () => {
    const h = await createHarness();
    try {
      await h.store.upsertReports(SEED_REPORTS);
      const res = await h.app.fetch(new Request('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: 'subscription { graphChanged { reason nodeIds } }' }),
      }));
      expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
      const reader = res.body!.getReader();
      const mutation = (async () => {
        await new Promise((r) => setTimeout(r, 50));
        return h.gql('mutation { addAlias(id: "country:IRQ", alias: "Mesopotamia") { id } }');
      })();
      let text = '';
      while (!text.includes('"reason"')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      await reader.cancel();
      expect((await mutation).errors).toBeUndefined();
      const data = JSON.parse(/data: (.*)/.exec(text.slice(text.indexOf('event: next')))![1]!);
      expect(data).toEqual({ data: { graphChanged: { reason: 'ALIAS_ADDED', nodeIds: ['country:IRQ'] } } });
    } finally { await h.close(); }
  });
});
