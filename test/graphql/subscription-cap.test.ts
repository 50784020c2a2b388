import { afterAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/graphql-harness.ts';

function openStream(h: Harness, signal: AbortSignal) {
  return h.app.fetch(new Request('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: 'subscription { graphChanged { reason } }' }),
    signal,
  }));
}

/** Reads the stream until a `next` event with data arrives, or gives up after `ms`. */
async function firstEvent(res: Response, ms: number): Promise<string | null> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (!chunk || chunk.done) break;
    text += decoder.decode(chunk.value);
    const data = /data: (\{.*\})/.exec(text);
    if (data) return data[1]!;
  }
  return null;
}

describe('live subscriptions are capped', () => {
  let h: Harness;
  afterAll(() => h?.close());

  it('refuses a stream over maxSubscriptions with RATE_LIMITED, and frees the slot when a client leaves', async () => {
    h = await createHarness({ limits: { maxSubscriptions: 1 } });
    const first = new AbortController();
    const open = await openStream(h, first.signal);
    expect(open.status).toBe(200);
    // The first stream is live: it holds the only slot and gets nothing yet.
    expect(await firstEvent(open, 300)).toBeNull();

    const refused = await openStream(h, new AbortController().signal);
    const body = JSON.parse((await firstEvent(refused, 2000)) ?? '{}');
    expect(body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    first.abort();
    await open.body?.cancel().catch(() => {});
    await new Promise((r) => setTimeout(r, 50));
    const again = new AbortController();
    const reopened = await openStream(h, again.signal);
    expect(await firstEvent(reopened, 300)).toBeNull(); // live, not refused
    again.abort();
    await reopened.body?.cancel().catch(() => {});
  });
});
