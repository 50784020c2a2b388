/**
 * A TCP proxy in front of Neo4j that a test can cut, as if Neo4j had stopped: every open
 * connection drops and nothing listens on the port until restore(). It reads the client's
 * side of the Bolt protocol (handshake, then chunked messages) so the cut can happen at an
 * exact protocol point, such as just before a transaction's COMMIT, instead of after a delay.
 */
import net from 'node:net';

/** Bolt request signatures this proxy cares about. */
export const BOLT = { RUN: 0x10, BEGIN: 0x11, COMMIT: 0x12, ROLLBACK: 0x13, RESET: 0x0f } as const;

export interface BoltRequest {
  signature: number;
  /** The Cypher text of a RUN, else null. */
  query: string | null;
}

/**
 * Where to cut at a request: before forwarding it (Neo4j never sees it), or after forwarding
 * it but before any reply reaches the client (Neo4j acts on it; the client never learns).
 */
export type CutPoint = 'before-request' | 'before-reply';

/** Made once per connection; says, request by request, whether to cut there. */
export type CutRule = () => (request: BoltRequest) => CutPoint | null;

export interface BoltCutProxy {
  /** bolt:// URI of the proxy, for NEO4J_URI. */
  readonly uri: string;
  /** Cuts once, at the first client request where the rule says so (connections opened from now on). */
  cutWhen(rule: CutRule): void;
  /** The request the rule cut at; null while it has not fired. */
  readonly cutAt: BoltRequest | null;
  /** Listens on the same port again after a cut: Neo4j is back. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

const HANDSHAKE_BYTES = 20;
const MANIFEST_V1 = 0x000001ff;

export async function startBoltCutProxy(target: { host: string; port: number }): Promise<BoltCutProxy> {
  const sockets = new Set<net.Socket>();
  let rule: CutRule | null = null;
  let cutAt: BoltRequest | null = null;
  /** Set while cut: resolves once the port is closed. */
  let down: Promise<void> | null = null;
  const server = net.createServer((client) => {
    if (down) return void client.destroy();
    const upstream = net.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      s.setNoDelay(true); // as the driver does: no Nagle delay on the request/reply round trips
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {}); // a cut or a reset: the other side sees its socket close
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    const parser = new BoltRequestParser(rule?.() ?? null);
    let cutAtReply: BoltRequest | null = null;
    upstream.on('data', (d: Buffer) => {
      if (cutAtReply) return void cutNow(cutAtReply);
      parser.serverBytes(d);
      client.write(d);
    });
    client.on('data', (d: Buffer) => {
      const { forward, cut } = parser.clientBytes(d);
      if (forward.length > 0) upstream.write(forward);
      if (cut?.point === 'before-request') void cutNow(cut.request);
      if (cut?.point === 'before-reply') cutAtReply = cut.request;
    });
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const port = await listenOnFreePort(listen);

  function cutNow(at: BoltRequest | null): Promise<void> {
    if (down) return down;
    cutAt = at;
    rule = null;
    down = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of sockets) s.destroy();
    return down;
  }

  return {
    uri: `bolt://127.0.0.1:${port}`,
    get cutAt() {
      return cutAt;
    },
    cutWhen(r) {
      rule = r;
    },
    async restore() {
      if (!down) return;
      await down;
      await listen(port);
      down = null;
    },
    async close() {
      await cutNow(null);
    },
  };
}

/**
 * A port below the usual ephemeral range (32768+): while the proxy is cut, the driver's
 * reconnects to a closed ephemeral port could be given that very port as their source
 * and connect to themselves (TCP simultaneous open) instead of being refused.
 */
async function listenOnFreePort(listen: (port: number) => Promise<void>): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    try {
      await listen(port);
      return port;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 20) throw e;
    }
  }
}

/**
 * The client's side of a Bolt connection: a 20-byte handshake, the version choice when the
 * server answers with the v1 manifest, then messages as chunks (u16 length, 0 ends one).
 */
class BoltRequestParser {
  private pending = Buffer.alloc(0);
  private phase: 'handshake' | 'await-server' | 'manifest-choice' | 'messages' = 'handshake';
  private serverReply = Buffer.alloc(0);
  private manifest = false;
  private stopped = false;

  constructor(private readonly check: ((r: BoltRequest) => CutPoint | null) | null) {}

  serverBytes(d: Buffer): void {
    if (this.serverReply.length >= 4) return;
    this.serverReply = Buffer.concat([this.serverReply, d]);
    if (this.serverReply.length >= 4) this.manifest = this.serverReply.readUInt32BE(0) === MANIFEST_V1;
  }

  /** Bytes to forward now (whole messages only), and where to cut if the rule said so. */
  clientBytes(d: Buffer): { forward: Buffer; cut: { request: BoltRequest; point: CutPoint } | null } {
    if (this.stopped) return { forward: Buffer.alloc(0), cut: null };
    if (!this.check) return { forward: d, cut: null };
    this.pending = Buffer.concat([this.pending, d]);
    let offset = 0;
    for (;;) {
      const step = this.next(offset);
      if (!step) break;
      const point = step.request ? this.check(step.request) : null;
      if (step.request && point) {
        this.stopped = true;
        const forward = this.pending.subarray(0, point === 'before-request' ? offset : step.end);
        this.pending = Buffer.alloc(0);
        return { forward, cut: { request: step.request, point } };
      }
      offset = step.end;
    }
    const forward = this.pending.subarray(0, offset);
    this.pending = this.pending.subarray(offset);
    return { forward, cut: null };
  }

  /** The next complete unit from offset (handshake part or whole message), or null. */
  private next(offset: number): { end: number; request: BoltRequest | null } | null {
    const buf = this.pending;
    if (this.phase === 'handshake') {
      if (buf.length - offset < HANDSHAKE_BYTES) return null;
      this.phase = 'await-server';
      return { end: offset + HANDSHAKE_BYTES, request: null };
    }
    if (this.phase === 'await-server') {
      // The client says nothing more until the server has answered the handshake.
      if (this.serverReply.length < 4 || buf.length === offset) return null;
      this.phase = this.manifest ? 'manifest-choice' : 'messages';
      return { end: offset, request: null };
    }
    if (this.phase === 'manifest-choice') {
      // u32 version, then a varint of capabilities
      let i = offset + 4;
      while (i < buf.length && (buf[i]! & 0x80) !== 0) i++;
      if (i >= buf.length) return null;
      this.phase = 'messages';
      return { end: i + 1, request: null };
    }
    const body: Buffer[] = [];
    let i = offset;
    for (;;) {
      if (buf.length - i < 2) return null;
      const size = buf.readUInt16BE(i);
      if (buf.length - i - 2 < size) return null;
      body.push(buf.subarray(i + 2, i + 2 + size));
      i += 2 + size;
      if (size === 0) break;
    }
    const message = Buffer.concat(body);
    if (message.length < 2) return { end: i, request: null }; // a NOOP keep-alive chunk
    const signature = message[1]!;
    return { end: i, request: { signature, query: signature === BOLT.RUN ? readPackStreamString(message, 2) : null } };
  }
}

function readPackStreamString(b: Buffer, at: number): string | null {
  const marker = b[at];
  if (marker === undefined) return null;
  if (marker >= 0x80 && marker <= 0x8f) return b.toString('utf8', at + 1, at + 1 + (marker & 0x0f));
  if (marker === 0xd0) return b.toString('utf8', at + 2, at + 2 + b.readUInt8(at + 1));
  if (marker === 0xd1) return b.toString('utf8', at + 3, at + 3 + b.readUInt16BE(at + 1));
  if (marker === 0xd2) return b.toString('utf8', at + 5, at + 5 + b.readUInt32BE(at + 1));
  return null;
}

/**
 * Cut at the client's COMMIT of the nth transaction (counted across connections) that ran
 * `query`. 'before-request': all that transaction wrote has reached Neo4j, uncommitted.
 * 'before-reply': Neo4j commits it, and the client never hears so (the driver has read every
 * earlier reply before it commits, so the next bytes from Neo4j answer the COMMIT).
 */
export function atNthCommitOf(query: string, n: number, point: CutPoint): CutRule {
  let seen = 0;
  return () => {
    let inTx = false;
    let ranQuery = false;
    return (r) => {
      if (r.signature === BOLT.BEGIN) [inTx, ranQuery] = [true, false];
      else if (r.signature === BOLT.RUN && inTx && r.query === query) ranQuery = true;
      else if (r.signature === BOLT.ROLLBACK || r.signature === BOLT.RESET) [inTx, ranQuery] = [false, false];
      else if (r.signature === BOLT.COMMIT) {
        const counts = inTx && ranQuery;
        [inTx, ranQuery] = [false, false];
        if (counts && ++seen === n) return point;
      }
      return null;
    };
  };
}
