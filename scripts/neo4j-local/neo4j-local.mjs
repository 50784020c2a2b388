#!/usr/bin/env node
// Local Neo4j Community (embedded, Bolt only) without Docker.
//   node scripts/neo4j-local/neo4j-local.mjs start|stop|status
// Env: NEO4J_PASSWORD (default kg-local-password), NEO4J_BOLT_PORT (default 7687),
//      KG_NEO4J_HOME (default <repo>/.neo4j; holds data/, neo4j.log, neo4j.pid),
//      NEO4J_JAVA_OPTS (extra JVM flags, appended).
// status exit codes: 0 running, 1 process alive but Bolt not answering, 3 not running.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(SCRIPT_DIR, '..', '..');
const HOME = path.resolve(REPO_ROOT, process.env.KG_NEO4J_HOME || '.neo4j');
const DATA_DIR = path.join(HOME, 'data');
const LOG_FILE = path.join(HOME, 'neo4j.log');
const PID_FILE = path.join(HOME, 'neo4j.pid');
const POM = path.join(SCRIPT_DIR, 'pom.xml');
const CLASSPATH_FILE = path.join(SCRIPT_DIR, 'target', 'classpath.txt');
const LAUNCHER = path.join(SCRIPT_DIR, 'Launcher.java');
const CLASSES_DIR = path.join(SCRIPT_DIR, 'target', 'classes');
const PASSWORD = process.env.NEO4J_PASSWORD || 'kg-local-password';
const PORT = Number(process.env.NEO4J_BOLT_PORT || 7687);
const URI = `bolt://127.0.0.1:${PORT}`;
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
// Bounded heap: the page cache (256m, set in Launcher) lives off-heap on top of this.
// C1-only JIT (TieredStopAtLevel=1) halves start-up CPU (measured ~40 s -> ~20 s on 2 busy
// cores); fine for a dev/test DB. NEO4J_JAVA_OPTS is appended, so later flags win, e.g.
// NEO4J_JAVA_OPTS="-XX:TieredStopAtLevel=4" restores the C2 JIT for heavy local workloads.
const JVM_FLAGS = ['-Xms256m', '-Xmx1g', '-XX:+UseG1GC', '-XX:+ExitOnOutOfMemoryError', '-XX:TieredStopAtLevel=1',
  ...(process.env.NEO4J_JAVA_OPTS || '').split(/\s+/).filter(Boolean)];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const die = (msg) => { console.error(msg); process.exit(1); };

function readPid() {
  try { return Number(fs.readFileSync(PID_FILE, 'utf8').trim()) || null; } catch { return null; }
}

// A stale pid file may point at a recycled pid; on Linux confirm it is our launcher.
function isOurProcess(pid) {
  if (!pid) return false;
  try { process.kill(pid, 0); } catch (e) { if (e.code !== 'EPERM') return false; }
  try { return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('Launcher'); }
  catch { return true; } // no /proc (macOS): trust kill(0)
}

// Returns the server agent (e.g. "Neo4j/5.26.30") if Bolt answers and accepts our credentials.
async function boltAgent() {
  const driver = neo4j.driver(URI, neo4j.auth.basic('neo4j', PASSWORD), { connectionTimeout: 3000 });
  try { return (await driver.getServerInfo()).agent; }
  catch { return null; }
  finally { await driver.close().catch(() => {}); }
}

function requireTools() {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const major = Number((/version "(\d+)/.exec(java.stderr || '') || [])[1]);
  if (java.error || !(major >= 17)) {
    die('neo4j:start needs Java 17+ on PATH (apt-get install openjdk-17-jre-headless)');
  }
  if (spawnSync('mvn', ['-v']).error) die('neo4j:start needs Maven (mvn) on PATH (apt-get install maven)');
}

// Maven downloads Neo4j into ~/.m2 once; the resolved classpath is cached and only
// recomputed when pom.xml changes (e.g. a version bump).
function classpath() {
  const stale = !fs.existsSync(CLASSPATH_FILE) || newer(POM, CLASSPATH_FILE);
  if (stale) {
    console.log('Resolving Neo4j with Maven (first run downloads ~150 MB into ~/.m2)...');
    const r = spawnSync('mvn', ['-B', '-q', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`],
      { cwd: SCRIPT_DIR, stdio: 'inherit' });
    if (r.status !== 0) die('neo4j:start: Maven could not resolve the Neo4j classpath (see output above)');
  }
  return fs.readFileSync(CLASSPATH_FILE, 'utf8').trim();
}

const newer = (a, b) => fs.statSync(a).mtimeMs > fs.statSync(b).mtimeMs;

// Java args that run Launcher. Compiling once with javac (JDK) saves several CPU-seconds per
// start versus the source launcher, which recompiles against ~200 jars every time; without
// javac (JRE only) we fall back to source launch.
function launcherArgs(cp) {
  const cls = path.join(CLASSES_DIR, 'Launcher.class');
  if (spawnSync('javac', ['-version']).error) return ['-cp', cp, LAUNCHER];
  if (!fs.existsSync(cls) || newer(LAUNCHER, cls) || newer(CLASSPATH_FILE, cls)) {
    const r = spawnSync('javac', ['-d', CLASSES_DIR, '-cp', cp, LAUNCHER], { stdio: 'inherit' });
    if (r.status !== 0) die('neo4j:start: javac failed to compile Launcher.java');
  }
  return ['-cp', `${CLASSES_DIR}${path.delimiter}${cp}`, 'Launcher'];
}

function launcherReady(offset) {
  const fd = fs.openSync(LOG_FILE, 'r');
  try {
    const buf = Buffer.alloc(Math.max(0, fs.fstatSync(fd).size - offset));
    fs.readSync(fd, buf, 0, buf.length, offset);
    return /^ready$/m.test(buf.toString('utf8'));
  } finally { fs.closeSync(fd); }
}

function logTail(lines = 40) {
  try { return fs.readFileSync(LOG_FILE, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return '(no log)'; }
}

async function start() {
  const pid = readPid();
  if (isOurProcess(pid)) {
    const agent = await boltAgent();
    if (agent) { console.log(`Neo4j already running (pid ${pid}, ${agent}) at ${URI}`); return 0; }
    die(`A Neo4j launcher (pid ${pid}) is alive but Bolt does not answer at ${URI}; run stop first.`);
  }
  requireTools();
  const javaArgs = launcherArgs(classpath());
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const log = fs.openSync(LOG_FILE, 'a');
  fs.writeSync(log, `\n--- start ${new Date().toISOString()} ---\n`);
  const logStart = fs.fstatSync(log).size; // only this run's "ready" line counts
  // Detached with its own stdio (the log file) so the DBMS outlives this CLI.
  const child = spawn('java', [...JVM_FLAGS, ...javaArgs, DATA_DIR], {
    cwd: REPO_ROOT, detached: true, stdio: ['ignore', log, log],
    env: { ...process.env, NEO4J_PASSWORD: PASSWORD, NEO4J_BOLT_PORT: String(PORT) },
  });
  fs.closeSync(log);
  fs.writeFileSync(PID_FILE, `${child.pid}\n`);
  let exited = null;
  child.on('exit', (code, sig) => { exited = sig || code; });
  child.unref();

  const t0 = Date.now();
  while (Date.now() - t0 < START_TIMEOUT_MS) {
    if (exited !== null) break;
    // Bolt opens before Launcher has (re)set the password, so first wait for its "ready" line:
    // polling logins earlier would hit the old password and trip Neo4j's failed-login lockout.
    // Then poll Bolt itself so "ready" here means a real client can log in.
    const agent = launcherReady(logStart) ? await boltAgent() : null;
    if (agent) {
      console.log(`${agent.replace('/', ' ')} is ready (pid ${child.pid}, ${((Date.now() - t0) / 1000).toFixed(1)}s). ` +
        `Use: NEO4J_URI=${URI} NEO4J_USER=neo4j NEO4J_PASSWORD=${PASSWORD}`);
      return 0;
    }
    await sleep(1000);
  }
  if (exited === null) { try { process.kill(child.pid, "SIGKILL"); } catch { /* already gone */ } }
  fs.rmSync(PID_FILE, { force: true });
  console.error(logTail());
  die(exited !== null ? `neo4j:start: java exited (${exited}) before Bolt answered; log: ${LOG_FILE}`
    : `neo4j:start: Bolt did not answer within ${START_TIMEOUT_MS / 1000}s; log: ${LOG_FILE}`);
}

async function stop() {
  const pid = readPid();
  if (!isOurProcess(pid)) {
    fs.rmSync(PID_FILE, { force: true });
    console.log('Neo4j is not running');
    return 0;
  }
  // SIGTERM runs the JVM shutdown hook (clean store shutdown, ~10 s incl. Bolt's netty quiet period).
  process.kill(pid, 'SIGTERM');
  const t0 = Date.now();
  while (isOurProcess(pid) && Date.now() - t0 < STOP_TIMEOUT_MS) await sleep(250);
  if (isOurProcess(pid)) {
    console.error(`Neo4j (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000}s; sending SIGKILL`);
    process.kill(pid, 'SIGKILL');
    while (isOurProcess(pid)) await sleep(100);
  }
  fs.rmSync(PID_FILE, { force: true });
  console.log(`Neo4j stopped (pid ${pid})`);
  return 0;
}

async function status() {
  const pid = readPid();
  if (!isOurProcess(pid)) { console.log('Neo4j is not running'); return 3; }
  const agent = await boltAgent();
  if (!agent) { console.log(`Neo4j process ${pid} is alive but Bolt does not answer at ${URI}`); return 1; }
  console.log(`Neo4j is running (pid ${pid}, ${agent}) at ${URI}`);
  return 0;
}

const commands = { start, stop, status };
const cmd = commands[process.argv[2]];
if (!cmd) die('usage: neo4j-local.mjs start|stop|status');
process.exit(await cmd());
