/** Error masking (store unreachable), DataLoader batching, SDL enums equal to the ontology, live updates over SSE. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../server/graphql/create-yoga.ts';
import { createLogger } from '../../server/logger.ts';
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

describe('DataLoader', () => {
  it('resolves every edge end of a neighborhood with one store.getNodes call', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-graphql-'));
    const real = await createEmbeddedStore({ dataDir });
    await real.init();
    await real.upsertReports(SEED_REPORTS);
    const calls: string[][] = [];
    const store: GraphStore = Object.assign(Object.create(real) as GraphStore, {
      kind: real.kind,
      getNodes: (ids: string[]) => { calls.push(ids); return real.getNodes(ids); },
    });
    const h = await createHarness({ store });
    try {
      const r = await h.gql('{ neighborhood(ids: ["country:IRQ"], depth: 2) { edges { sourceNode { name } targetNode { name } } } }');
      expect(r.errors).toBeUndefined();
      expect(r.data!.neighborhood.edges.length).toBeGreaterThan(2);
      expect(calls).toHaveLength(1);
      expect(new Set(calls[0]).size).toBe(calls[0]!.length);
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
