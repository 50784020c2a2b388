/**
 * /healthz says the process is up; /readyz says the store answers (for load balancers
 * and for `docker compose` health checks).
 */
import type { GraphStore } from '../store/port.ts';

export function healthz(): Response {
  return Response.json({ status: 'ok' });
}

export async function readyz(store: GraphStore): Promise<Response> {
  const ready = await store.ping().catch(() => false);
  return Response.json({ status: ready ? 'ready' : 'unavailable', store: store.kind }, { status: ready ? 200 : 503 });
}
