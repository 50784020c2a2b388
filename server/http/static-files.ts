/**
 * Serves the viewer build (client/dist) at `/`, with a strict Content-Security-Policy:
 * everything from self, nothing inline, nothing from a CDN.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const PLACEHOLDER = `<!doctype html><html><head><meta charset="utf-8"><title>Report knowledge graph</title></head>
<body><h1>Report knowledge graph</h1><p>The viewer is not built yet: run <code>npm run build</code>. GraphQL is at <a href="/graphql">/graphql</a>.</p></body></html>`;

/** Returns the file under `root` for a GET path, index.html for `/`, or null when absent. */
export async function serveStatic(root: string, urlPath: string): Promise<Response | null> {
  const relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  const file = path.resolve(root, '.' + relative);
  // Never serve outside the build folder, whatever the path says.
  if (!file.startsWith(path.resolve(root) + path.sep)) return null;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    if (urlPath === '/') return new Response(PLACEHOLDER, { headers: { 'content-type': MIME['.html']!, ...SECURITY_HEADERS } });
    return null;
  }
  const body = await readFile(file);
  const type = MIME[path.extname(file)] ?? 'application/octet-stream';
  const cache = relative.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  return new Response(body, { headers: { 'content-type': type, 'cache-control': cache, ...SECURITY_HEADERS } });
}
