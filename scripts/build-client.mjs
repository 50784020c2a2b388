// Builds the viewer (client/) with Vite into client/dist, which the server serves at `/`.
// Skipped when the build is newer than every client source file, so `npm start` stays fast.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..', 'client');
const dist = path.join(root, 'dist');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

if (!existsSync(path.join(root, 'index.html'))) {
  console.log('build: no client/index.html yet; the server shows a placeholder page.');
} else if (existsSync(path.join(dist, 'index.html')) && statSync(path.join(dist, 'index.html')).mtimeMs >= newestSource(root)) {
  console.log('build: viewer is up to date.');
} else {
  await build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  console.log('build: viewer built into client/dist.');
}
