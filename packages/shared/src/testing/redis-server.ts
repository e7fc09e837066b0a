import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.js';
import { waitFor } from './test-config.js';

export interface TestRedisServer {
  port: number;
  url: string;
  /** Starts (or starts again) redis-server with the append-only file in its own folder. */
  start(): Promise<void>;
  /** Stops it: SIGTERM (a clean shutdown that syncs the AOF) or SIGKILL. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** A redis-server of a test's own, on a free port, that the test may stop and restart. */
export async function createTestRedisServer(): Promise<TestRedisServer> {
  const port = await freePort();
  const dir = await mkdtemp(path.join(tmpdir(), 'consulta-ruc-redis-'));
  let child: ChildProcess | undefined;
  const stop = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    await new Promise((resolve) => {
      running.once('exit', resolve);
      running.kill(signal);
    });
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--dir',
          dir,
          '--appendonly',
          'yes',
          '--appendfsync',
          'everysec',
          '--save',
          '',
          '--maxmemory-policy',
          'noeviction',
        ],
        { stdio: 'ignore' },
      );
      await waitFor(() => answers(port), { what: `redis-server on ${port}` });
    },
    stop,
    async destroy() {
      await stop('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
