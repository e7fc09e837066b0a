import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** pnpm as the test run was started with it (npx, corepack or global), else the one on PATH. */
function pnpmCommand(): { command: string; args: string[] } {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) {
    return execPath.endsWith('.cjs') || execPath.endsWith('.js')
      ? { command: process.execPath, args: [execPath] }
      : { command: execPath, args: [] };
  }
  return { command: 'pnpm', args: [] };
}

export interface ProductionBundle {
  dir: string;
  start(env: Record<string, string>): ChildProcess;
  remove(): Promise<void>;
}

/**
 * Builds a package's production bundle the way its Dockerfile does (`pnpm deploy --prod` of the
 * built package into an empty folder) and starts it with plain node, outside the workspace.
 */
export async function deployProductionBundle(packageName: string): Promise<ProductionBundle> {
  const dir = await mkdtemp(path.join(tmpdir(), 'consulta-ruc-bundle-'));
  const pnpm = pnpmCommand();
  await promisify(execFile)(
    pnpm.command,
    [...pnpm.args, '--filter', packageName, 'deploy', '--legacy', '--prod', '--offline', dir],
    { cwd: REPO_ROOT, env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true', CI: 'true' } },
  );
  return {
    dir,
    start(env) {
      return spawn(process.execPath, ['dist/main.js'], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
