import { type ChildProcess, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { freePort } from '@consulta-ruc/shared/testing';
import { benchEnvironment } from './config.js';

export { freePort };

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export const ENTRY = {
  api: `${REPO}packages/api/dist/main.js`,
  worker: `${REPO}packages/worker/dist/main.js`,
  bare: fileURLToPath(new URL('./bare-server.js', import.meta.url)),
};

export interface Proc {
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts a built entry point with `env` and waits until `readyUrl` answers 200. */
export async function startProcess(
  entry: string,
  args: string[],
  env: Record<string, string>,
  readyUrl: string,
): Promise<Proc> {
  const child = spawn(process.execPath, [entry, ...args], {
    env: { PATH: benchEnvironment.path, NODE_ENV: 'production', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (d) => output.push(String(d)));
  child.stderr?.on('data', (d) => output.push(String(d)));
  const until = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited: ${output.join('')}`);
    const ok = await fetch(readyUrl).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > until) throw new Error(`${entry} not ready: ${output.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
      }),
  };
}

/** Resident memory (kB) of a process and all its descendants (the worker and its chromium). */
export async function treeRssKb(rootPid: number): Promise<{ totalKb: number; processes: number }> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command name: state, ppid, ...
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
      const status = await readFile(`/proc/${entry}/status`, 'utf8');
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // Gone while we looked.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p && p > 1; p = parents.get(p))
      if (p === rootPid) return true;
    return false;
  };
  let totalKb = 0;
  let processes = 0;
  for (const [pid, kb] of rss) {
    if (inTree(pid)) {
      totalKb += kb;
      processes += 1;
    }
  }
  return { totalKb, processes };
}
