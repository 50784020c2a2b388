/**
 * Request body size cap: a declared content-length over the cap is refused before
 * reading; a body without one (chunked) is read up to the cap and refused past it.
 * Answers 413 with a GraphQL error whose code is TOO_LARGE.
 */
import type { Plugin } from 'graphql-yoga';

function tooLarge(maxBytes: number): Response {
  const message = `Request body is over the ${maxBytes}-byte limit: send fewer or smaller reports per request.`;
  return Response.json({ errors: [{ message, extensions: { code: 'TOO_LARGE' } }] }, { status: 413 });
}

async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export function useBodyLimit(maxBytes: number): Plugin {
  return {
    async onRequest({ request, setRequest, endResponse }) {
      if (!request.body) return;
      const declared = Number(request.headers.get('content-length') ?? Number.NaN);
      if (declared > maxBytes) return endResponse(tooLarge(maxBytes));
      if (Number.isFinite(declared)) return; // node:http stops reading at the declared length
      const body = await readCapped(request.body, maxBytes);
      if (!body) return endResponse(tooLarge(maxBytes));
      setRequest(new Request(request.url, { method: request.method, headers: request.headers, body: new Uint8Array(body) }));
    },
  };
}
