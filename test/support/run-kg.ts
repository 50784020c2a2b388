/** Runs the real `kg` command in a child process, for tests of start-up and the CLI. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const KG_BIN = fileURLToPath(new URL('../../bin/kg.mjs', import.meta.url));

export interface KgRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `kg <args>` to completion (killed after timeoutMs) with a clean environment plus `env`. */
export function runKg(args: string[], env: Record<string, string>, options: { input?: string; timeoutMs?: number } = {}): Promise<KgRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [KG_BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}
