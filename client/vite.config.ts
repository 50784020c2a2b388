/**
 * Vite build of the viewer: root client/, output client/dist (served by the server at `/`).
 * The example reports are imported from test/corpus/reports with import.meta.glob, so the
 * build may read one level above its root.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  // No public/ folder: every asset is bundled and hashed.
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Strict CSP (script-src 'self'): never inline modules or the preload helper.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
  },
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
});
