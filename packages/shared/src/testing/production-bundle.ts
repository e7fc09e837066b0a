import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Config } from '../config/config-schema.js';
import { createRedis, waitForRedis } from '../redis/create-redis.js';
import { testEnvironment } from './config.js';
import { deleteByPrefix } from './delete-by-prefix.js';
import { waitFor } from './test-config.js';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** pnpm as the test run was started with it (npx, corepack or global), else the one on PATH. */
function pnpmCommand(): { command: string; args: string[] } {
  const execPath = testEnvironment.pnpmExecPath;
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
    {
      cwd: REPO_ROOT,
      env: { ...testEnvironment.all, PUPPETEER_SKIP_DOWNLOAD: 'true', CI: 'true' },
    },
  );
  return {
    dir,
    start(env) {
      return spawn(process.execPath, ['dist/main.js'], {
        cwd: dir,
        env: { PATH: testEnvironment.path, NODE_ENV: 'production', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface RunningBundle {
  port: number;
  /** The /ready answer that let the bundle count as started. */
  ready: Response;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Kills it if still running, removes the folder and the test's Redis keys. */
  cleanUp(): Promise<void>;
}

/**
 * Deploys a service's production bundle, starts it on a free-ish port (`portVariable`) with the
 * test's Redis prefixes, and waits for its /ready to answer 200.
 */
export async function startProductionBundle(
  packageName: string,
  config: Config,
  portVariable: 'PORT' | 'WORKER_PORT',
  env: Record<string, string> = {},
): Promise<RunningBundle> {
  const bundle = await deployProductionBundle(packageName);
  const port = 30_000 + Math.floor(Math.random() * 20_000);
  const child = bundle.start({
    [portVariable]: String(port),
    HOST: '127.0.0.1',
    REDIS_URL: config.REDIS_URL,
    CACHE_KEY_PREFIX: config.CACHE_KEY_PREFIX,
    QUEUE_PREFIX: config.QUEUE_PREFIX,
    ...env,
  });
  const output: string[] = [];
  child.stdout?.on('data', (d) => output.push(String(d)));
  child.stderr?.on('data', (d) => output.push(String(d)));
  const cleanUp = async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await bundle.remove();
    const redis = createRedis({ url: config.REDIS_URL, role: 'request' });
    await waitForRedis(redis);
    await deleteByPrefix(redis, config.CACHE_KEY_PREFIX, `${config.QUEUE_PREFIX}:`);
    redis.disconnect();
  };
  try {
    const ready = await waitFor(
      async () => {
        const res = await fetch(`http://127.0.0.1:${port}/ready`).catch(() => null);
        return res?.status === 200 ? res : null;
      },
      {
        timeoutMs: 30_000,
        intervalMs: 200,
        what: `${packageName} to be ready: ${output.join('')}`,
      },
    );
    return {
      port,
      ready,
      async stop() {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        const [code] = await exited;
        return code as number | null;
      },
      cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
