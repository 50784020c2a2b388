/**
 * `npm run bench -- viewer [sizes...]`: time to first render and to layout done for
 * synthetic graphs of 500 / 2,000 / 5,000 elements (nodes + edges) in headless Chromium,
 * plus frame times while zooming and panning. The built viewer (client/dist) is served to
 * the page by Playwright request routing, and /graphql answers with the synthetic graph,
 * so the figures measure the client alone: parse, Cytoscape, layout.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import type { Browser, CDPSession, Route } from 'playwright-core';
import { recordResults, type BenchFigure } from './record.ts';
import { rng } from '../test/fixtures/synthetic-reports.ts';
import { ARTIFACTS, buildViewer, launchChromium, REPO } from '../test/viewer/support/viewer-harness.ts';
import { CONTENT_SECURITY_POLICY } from '../server/http/static-files.ts';
import { NODE_KINDS } from '../server/ontology/ontology.ts';

const ORIGIN = 'http://kg.bench';
const DIST = path.join(REPO, 'client', 'dist');
const KINDS = ['Person', 'Organization', 'Country', 'Location'] as const;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** A scale-free-ish graph of about `elements` nodes + edges (preferential attachment). */
export function syntheticSubgraph(elements: number, seed = 7) {
  const rand = rng(seed);
  const nodeCount = Math.round(elements * 0.3);
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({
    id: i === 0 ? 'synthetic:hub' : `synthetic:n${i}`, kind: KINDS[i % KINDS.length]!, name: `Entity ${i}`, aliases: [],
    mentionCount: Math.max(1, Math.round(30 / (1 + i / 20))), props: {},
  }));
  const ends: number[] = [0];
  const edges = new Map<string, unknown>();
  for (let i = 1; edges.size < elements - nodeCount; i = (i % (nodeCount - 1)) + 1) {
    const j = ends[Math.floor(rand() * ends.length)]!;
    if (j === i) continue;
    const [a, b] = i < j ? [nodes[i]!.id, nodes[j]!.id] : [nodes[j]!.id, nodes[i]!.id];
    const id = `TIE:${a}|${b}`;
    if (edges.has(id)) continue;
    ends.push(i, j);
    const count = 1 + Math.floor(rand() * 6);
    edges.set(id, {
      id, source: a, target: b, kind: rand() < 0.7 ? 'TIE' : 'CO_MENTION', weight: count, evidenceCount: count, reportCount: count,
      firstDate: '2023-01-01', lastDate: '2025-06-30', meanPolarity: Math.round((rand() * 12 - 6) * 10) / 10,
    });
  }
  return { nodes, edges: [...edges.values()], truncated: false };
}

function ontology() {
  return {
    nodeKinds: Object.entries(NODE_KINDS).map(([name, k]) => ({ name, description: k.description, entity: k.entity, color: k.color, shape: k.shape })),
    edgeKinds: [],
  };
}

async function serve(route: Route, graph: ReturnType<typeof syntheticSubgraph>): Promise<void> {
  const url = new URL(route.request().url());
  if (url.pathname === '/graphql') {
    if (route.request().method() === 'GET') return route.fulfill({ status: 204 }); // no live updates
    const { query } = JSON.parse(route.request().postData() ?? '{}') as { query: string };
    const data = query.includes('ontology') ? { ontology: ontology() }
      : query.includes('stats') ? { stats: { reports: 1, firstDate: '2023-01-01', lastDate: '2025-06-30' } }
      : query.includes('neighborhood') ? { neighborhood: graph }
      : query.includes('nodes(') ? { nodes: [] }
      : {};
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ data }) });
  }
  const file = path.join(DIST, url.pathname === '/' ? 'index.html' : url.pathname);
  const body = await readFile(file).catch(() => null);
  if (!body) return route.fulfill({ status: 404 });
  return route.fulfill({ status: 200, body, headers: { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-security-policy': CONTENT_SECURITY_POLICY } });
}

/** Main-thread CPU seconds of the page (Chrome's ThreadTime): immune to other load on the machine. */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
}

async function measure(browser: Browser, elements: number): Promise<BenchFigure[]> {
  const graph = syntheticSubgraph(elements);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.route(`${ORIGIN}/**`, (route) => serve(route, graph));
  const cpuBefore = await threadTime(cdp);
  await page.goto(`${ORIGIN}/?exp=synthetic:hub`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 120_000 });
  const cpuLoad = (await threadTime(cdp)) - cpuBefore;
  // Page code goes in as strings: tsx would wrap named functions in a helper the page lacks.
  const marks = (await page.evaluate(`(() => {
    const last = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
    return { data: last('kg:data'), render: last('kg:first-render'), layout: last('kg:layout-done'), count: window.__kg.cy.elements().length };
  })()`)) as { data: number; render: number; layout: number; count: number };
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `bench-${elements}-elements.png`) });
  // Zoom with the wheel and pan by dragging, as a user would, while the page records the
  // time between animation frames (real gestures engage Cytoscape's viewport shortcuts).
  await page.evaluate(`(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = () => { const now = performance.now(); window.__frames.push(now - last); last = now; if (!window.__stopFrames) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const box = (await page.locator('#cy').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 15; i++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(30); }
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) await page.mouse.move(cx + i * 8, cy + i * 5);
  await page.mouse.up();
  await page.waitForTimeout(100);
  const frames = ((await page.evaluate(`(() => { window.__stopFrames = true; return window.__frames; })()`)) as number[]).slice(1);
  await page.close();
  const sorted = [...frames].sort((a, b) => a - b);
  const p95 = sorted[Math.ceil(0.95 * sorted.length) - 1]!;
  const mean = frames.reduce((s, x) => s + x, 0) / frames.length;
  const tag = `${elements}`;
  console.log(`${tag}: ${marks.count} elements on canvas`);
  return [
    { metric: `first render ${tag} el`, value: marks.render - marks.data, unit: 'ms' },
    { metric: `layout done ${tag} el`, value: marks.layout - marks.data, unit: 'ms' },
    { metric: `page load to layout done ${tag} el`, value: marks.layout, unit: 'ms' },
    { metric: `main-thread CPU, page load to layout drawn ${tag} el`, value: cpuLoad * 1000, unit: 'ms' },
    { metric: `zoom/pan frame mean ${tag} el`, value: mean, unit: 'ms' },
    { metric: `zoom/pan frame p95 ${tag} el`, value: p95, unit: 'ms' },
  ];
}

export async function run(args: string[]): Promise<void> {
  const sizes = args.length ? args.map(Number).filter((n) => n > 0) : [500, 2000, 5000];
  buildViewer();
  const browser = await launchChromium();
  try {
    const figures: BenchFigure[] = [];
    for (const size of sizes) figures.push(...(await measure(browser, size)));
    figures.push({ metric: 'machine load average (1 min) at the end', value: os.loadavg()[0]!, unit: 'procs' });
    recordResults('viewer', figures);
  } finally {
    await browser.close();
  }
}
