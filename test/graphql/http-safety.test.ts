/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the tests assert on their values. */
/** HTTP-level safety: CSRF, body cap, batching, GET mutations, introspection, GraphiQL, request ids. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/graphql-harness.ts';

let dev: Harness;
let prod: Harness;
beforeAll(async () => {
  dev = await createHarness({ limits: { maxBodyBytes: 4096 } });
  prod = await createHarness({ env: { NODE_ENV: 'production' } });
});
afterAll(async () => { await dev.close(); await prod.close(); });

const post = (h: Harness, body: BodyInit, headers: Record<string, string>) =>
  h.app.fetch(new Request('http://localhost/graphql', { method: 'POST', headers, body }));

describe('CSRF prevention', () => {
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    it(`refuses a POST with the simple content type ${type.split(';')[0]}`, async () => {
      const res = await post(dev, JSON.stringify({ query: '{ health { status } }' }), { 'content-type': type });
      expect(res.status).toBe(415);
      const body = await res.json() as any;
      expect(body.errors[0].message).toMatch(/content-type: application\/json/);
    });
  }

  it('refuses a POST without content type', async () => {
    const res = await dev.app.fetch(new Request('http://localhost/graphql', { method: 'POST', body: new Blob(['{"query":"{ health { status } }"}']) }));
    expect(res.status).toBe(415);
  });

  it('sends no CORS allow headers, so cross-site JSON POSTs fail their preflight', async () => {
    const res = await dev.app.fetch(new Request('http://localhost/graphql', {
      method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    }));
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a mutation over GET', async () => {
    const res = await dev.app.fetch(new Request('http://localhost/graphql?query=' + encodeURIComponent('mutation { deleteReport(id: "x") { deleted } }'), { headers: { accept: 'application/json' } }));
    expect(res.status).toBe(405);
  });
});

describe('request body cap', () => {
  it('refuses a declared content-length over the cap with 413 TOO_LARGE', async () => {
    const body = JSON.stringify({ query: '{ health { status } }', variables: { pad: 'x'.repeat(4096) } });
    const res = await post(dev, body, { 'content-type': 'application/json' });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('TOO_LARGE');
  });

  it('accepts a body just under the cap', async () => {
    const base = JSON.stringify({ query: '{ health { status } }', variables: { pad: '' } });
    const body = JSON.stringify({ query: '{ health { status } }', variables: { pad: 'x'.repeat(4096 - base.length) } });
    expect(body.length).toBe(4096);
    const res = await post(dev, body, { 'content-type': 'application/json' });
    expect(res.status).toBe(200);
  });

  it('refuses a chunked body (no content-length) past the cap', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({ pull(c) { if (sent++ < 10) c.enqueue(chunk); else c.close(); } });
    const res = await dev.app.fetch(new Request('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit));
    expect(res.status).toBe(413);
  });
});

describe('batching is off', () => {
  it('refuses an array of operations', async () => {
    const res = await post(dev, JSON.stringify([{ query: '{ health { status } }' }, { query: '{ health { status } }' }]), { 'content-type': 'application/json' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});

describe('development vs production', () => {
  it('introspection works in development', async () => {
    const r = await dev.gql('{ __schema { queryType { name } } }');
    expect(r.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('introspection is refused in production', async () => {
    const r = await prod.gql('{ __schema { queryType { name } } }');
    expect(r.errors![0]!.message).toMatch(/introspection/i);
    expect(r.data ?? null).toBeNull();
  });

  it('production does not suggest field names', async () => {
    const r = await prod.gql('{ healt { status } }');
    expect(r.errors![0]!.message).not.toMatch(/Did you mean/);
  });

  it('GraphiQL is served in development from the package, nothing from a CDN', async () => {
    const res = await dev.app.fetch(new Request('http://localhost/graphql', { headers: { accept: 'text/html' } }));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('YogaGraphiQL');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=["']?https?:/i);
    expect(html).not.toContain('unpkg.com');
  });

  it('GraphiQL is off in production', async () => {
    const res = await prod.app.fetch(new Request('http://localhost/graphql', { headers: { accept: 'text/html' } }));
    expect(await res.text()).not.toContain('YogaGraphiQL');
  });
});

describe('request ids', () => {
  it('echoes a caller-given x-request-id and makes one otherwise', async () => {
    expect((await dev.gql('{ health { status } }', undefined, { 'x-request-id': 'abc-123' })).headers.get('x-request-id')).toBe('abc-123');
    expect((await dev.gql('{ health { status } }')).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
