/**
 * The real service for browser tests: the viewer build, an embedded store in a temp dir,
 * createApp on node:http (port 0), and Debian's Chromium driven by playwright-core. The
 * page records console errors, CSP violations and dialogs so tests can assert there were
 * none.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../../server/app.ts';
import { loadConfig } from '../../../server/config.ts';
import { silentLogger } from '../../../server/logger.ts';
import { createStore } from '../../../server/store/create-store.ts';
import type { GraphStore } from '../../../server/store/port.ts';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const ARTIFACTS = path.join(REPO, 'test-artifacts', 'viewer');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Builds client/dist when a client source is newer than the build (scripts/build-client.mjs decides). */
export function buildViewer(): void {
  execFileSync(process.execPath, [path.join(REPO, 'scripts', 'build-client.mjs')], { cwd: REPO, stdio: 'pipe' });
}

export interface PageProblems {
  consoleErrors: string[];
  /** distinct console warnings (Cytoscape reports style mappings that do not apply here) */
  consoleWarnings: string[];
  cspViolations: string[];
  dialogs: string[];
}

export interface ViewerService {
  url: string;
  store: GraphStore;
  browser: Browser;
  page: Page;
  problems: PageProblems;
  gql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startViewerService(): Promise<ViewerService> {
  buildViewer();
  mkdirSync(ARTIFACTS, { recursive: true });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-viewer-'));
  const config = loadConfig({ KG_DATA_DIR: dataDir, NODE_ENV: 'test' });
  const store = await createStore(config, silentLogger);
  const server: Server = createServer(createApp({ store, config }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], consoleWarnings: [], cspViolations: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(m.text());
    if (m.type() === 'warning' && !problems.consoleWarnings.includes(m.text())) problems.consoleWarnings.push(m.text());
  });
  page.on('pageerror', (e) => problems.consoleErrors.push(e.message));
  page.on('dialog', (d) => { problems.dialogs.push(d.message()); void d.dismiss(); });
  await page.exposeFunction('__reportCsp', (v: string) => problems.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(v: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });

  return {
    url, store, browser, page, problems,
    async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors[0]!.message);
      return body.data as T;
    },
    async screenshot(name) {
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
    },
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
