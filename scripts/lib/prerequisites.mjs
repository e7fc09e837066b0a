// Prerequisites of a run on a fresh machine: a Chromium for the browser strategy, a Redis.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function which(binary) {
  const result = spawnSync('sh', ['-c', `command -v ${binary}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/**
 * Finds a Chromium; as root on Debian, installs the distribution's package when none exists
 * (puppeteer cannot download its own browser on our machines). Returns its path or null.
 */
export function ensureChromium({ install = true } = {}) {
  const configured = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (configured && existsSync(configured)) return configured;
  const found = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  if (install && process.getuid?.() === 0 && which('apt-get')) {
    console.log('No Chromium found: installing Debian’s chromium package (apt-get)…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
  }
  console.log(
    'No Chromium found. Install one (Debian/Ubuntu: apt-get install chromium) or set PUPPETEER_EXECUTABLE_PATH.',
  );
  return null;
}

/** True when something answers PING at host:port within timeoutMs. */
export function redisAnswers(host = '127.0.0.1', port = 6379, timeoutMs = 500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/**
 * Uses the Redis at 127.0.0.1:port when one answers; otherwise starts redis-server with its
 * append-only file under dataDir, stopped by the returned stop(). Throws with a how-to when
 * there is no redis-server binary.
 */
export async function ensureRedis({
  port = 6379,
  dataDir = '.data/redis',
  appendOnly = true,
} = {}) {
  if (await redisAnswers('127.0.0.1', port)) return { started: false, stop: async () => {} };
  const binary = which('redis-server');
  if (!binary) {
    throw new Error(
      `Nothing answers on 127.0.0.1:${port} and redis-server is not installed. ` +
        'Install it (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis), ' +
        'run `docker compose up redis`, or set REDIS_URL to a Redis you have.',
    );
  }
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      appendOnly ? 'yes' : 'no',
      '--save',
      '',
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 50 && !(await redisAnswers('127.0.0.1', port)); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(`Started redis-server on 127.0.0.1:${port} (data in ${dir})`);
  return {
    started: true,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
