/**
 * CSRF prevention. A browser can send a cross-site POST without a CORS preflight only
 * with a "simple" content type (text/plain, form-urlencoded, multipart/form-data), so
 * POSTs must be JSON (application/json or application/graphql-response+json). CORS is
 * off (same-origin viewer), so a JSON POST from another site fails its preflight. GET
 * runs queries and subscriptions only (yoga refuses mutations over GET). Auth is by
 * header, never cookies, so no ambient credential rides along anyway.
 */
import type { Plugin } from 'graphql-yoga';

const JSON_TYPES = new Set(['application/json', 'application/graphql-response+json']);

export function useCsrfPrevention(): Plugin {
  return {
    onRequest({ request, endResponse }) {
      if (request.method !== 'POST') return;
      const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (JSON_TYPES.has(type)) return;
      const message = `POST needs "content-type: application/json" (got "${type || 'none'}"); other content types are refused to prevent CSRF.`;
      endResponse(Response.json({ errors: [{ message, extensions: { code: 'BAD_INPUT' } }] }, { status: 415 }));
    },
  };
}
