/**
 * The graphql-http audit suite (GraphQL over HTTP spec) against the app on a real
 * node:http server on an ephemeral port. MUST audits all pass; SHOULD/MAY audits that
 * fail are listed in KNOWN_OPEN with the reason (and mirrored in server/graphql/README.md).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/graphql-harness.ts';

/** Audit id → why it stays open. */
const KNOWN_OPEN: Record<string, string> = {};

let h: Harness;
let server: Server;
let url = '';
beforeAll(async () => {
  h = await createHarness();
  server = createServer(h.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await h.close();
});

describe('graphql-http audits', () => {
  it('pass every MUST, and every failing SHOULD/MAY is a known, documented one', async () => {
    const audits = serverAudits({ url: () => url });
    const failures: { id: string; name: string; reason: string }[] = [];
    let must = 0;
    for (const audit of audits) {
      if (audit.name.startsWith('MUST')) must++;
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push({ id: audit.id, name: audit.name, reason: result.reason });
    }
    const mustFailures = failures.filter((f) => f.name.startsWith('MUST'));
    const unknownOpen = failures.filter((f) => !f.name.startsWith('MUST') && !(f.id in KNOWN_OPEN));
    console.info(`graphql-http audits: ${audits.length} total, ${must} MUST, ${failures.length} not ok: ${failures.map((f) => `${f.id} ${f.name}`).join(' | ') || 'none'}`);
    expect(mustFailures).toEqual([]);
    expect(unknownOpen).toEqual([]);
  });
});
