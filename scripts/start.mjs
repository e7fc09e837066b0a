#!/usr/bin/env node
// One command for a laptop: Redis (the one running, or an embedded redis-server), the API and a
// worker, with defaults that work offline. `--demo` adds the SUNAT simulator with the original
// design's 10-30 s latency and prints curl lines to try. Ctrl-C stops everything it started.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { ensureChromium, ensureRedis } from './lib/prerequisites.mjs';

const demo = process.argv.includes('--demo');
const env = { ...process.env };
const children = [];
let redis = { started: false, stop: async () => {} };

function say(line = '') {
  process.stdout.write(`${line}\n`);
}

function run(name, script, extraEnv = {}) {
  // Their own process group: Ctrl-C reaches only this script, which stops them one by one
  // with a single SIGTERM (a second signal would make them exit without draining).
  const child = spawn(process.execPath, [script], {
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  child.name = name;
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} exited (${code ?? signal}); stopping the rest.`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  say('\nStopping…');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
  await redis.stop();
  say('Stopped.');
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
// Should this script die some other way, take the services with it.
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

async function waitForHttp(url, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

// Redis: the configured one, else 127.0.0.1:6379, else an embedded redis-server.
if (!env.REDIS_URL) {
  try {
    redis = await ensureRedis({ port: 6379, dataDir: '.data/redis' });
    if (!redis.started) say('Using the Redis already answering on 127.0.0.1:6379.');
  } catch (error) {
    say(error.message);
    process.exit(1);
  }
}

// Chromium: PUPPETEER_EXECUTABLE_PATH, else puppeteer's download or a system one (the worker
// looks); with none at all, run the http strategy and say so.
const chromium = ensureChromium({ install: false });
if (chromium && !env.PUPPETEER_EXECUTABLE_PATH) env.PUPPETEER_EXECUTABLE_PATH = chromium;
if (!chromium && !env.SCRAPER_STRATEGY) {
  env.SCRAPER_STRATEGY = 'http';
  say('Browser mode is off (no Chromium found): the worker uses the http strategy.');
}
if (process.getuid?.() === 0 && env.BROWSER_NO_SANDBOX === undefined) {
  // Chromium refuses to run as root with its sandbox.
  env.BROWSER_NO_SANDBOX = 'true';
}

if (!env.ADMIN_USER && !env.ADMIN_PASSWORD) {
  env.ADMIN_USER = 'admin';
  env.ADMIN_PASSWORD = randomBytes(12).toString('base64url');
}
env.PORT ??= '3000';
env.WORKER_PORT ??= '3001';

if (demo) {
  env.SIMULATOR_PORT ??= '3002';
  env.SIMULATOR_LATENCY_MS ??= '10000-30000';
  env.SUNAT_BASE_URL ??= `http://127.0.0.1:${env.SIMULATOR_PORT}`;
  // Simulated taxpayers must never mix with a real cache or queue in the same Redis.
  env.CACHE_KEY_PREFIX ??= 'demo:';
  env.QUEUE_PREFIX ??= 'demo-bull';
  // The simulated SUNAT takes up to 30 s to answer: do not give up on it at 20.
  env.SCRAPE_TIMEOUT_MS ??= '40000';
  // The original design waited synchronously; give the demo's slow "SUNAT" room to answer.
  env.SYNC_WAIT_MS ??= '5000';
  run('simulator', 'packages/sunat-simulator/dist/main.js', {
    SIMULATOR_PORT: env.SIMULATOR_PORT,
    SIMULATOR_LATENCY_MS: env.SIMULATOR_LATENCY_MS,
  });
  await waitForHttp(`${env.SUNAT_BASE_URL}/cl-ti-itmrconsruc/FrameCriterioBusquedaWeb.jsp`);
}

run('worker', 'packages/worker/dist/main.js');
run('api', 'packages/api/dist/main.js');

const base = `http://localhost:${env.PORT}`;
if (await waitForHttp(`${base}/ready`)) {
  await waitForHttp(`http://localhost:${env.WORKER_PORT}/health`);
  say('');
  say('─'.repeat(72));
  say(
    `consulta-ruc is running${demo ? ' in demo mode (SUNAT is the local simulator, 10-30 s per lookup)' : ''}`,
  );
  say(`  API          ${base}            docs: ${base}/docs`);
  say(`  Worker       http://localhost:${env.WORKER_PORT}/health   metrics: /metrics`);
  say(
    `  Bull Board   ${base}/admin/queues   user ${env.ADMIN_USER}  password ${env.ADMIN_PASSWORD}`,
  );
  say(
    `  Redis        ${env.REDIS_URL ?? 'redis://127.0.0.1:6379'}${redis.started ? ' (embedded, data in .data/redis)' : ''}`,
  );
  say(`  SUNAT        ${env.SUNAT_BASE_URL ?? 'https://e-consultaruc.sunat.gob.pe'}`);
  if (demo) {
    say('');
    say('Try:');
    say(
      `  time curl -s ${base}/obtener-ruc/20440374248            # a miss: waits for "SUNAT" (10-30 s)`,
    );
    say(
      `  time curl -s ${base}/obtener-ruc/20440374248            # the same RUC again: ~1 ms from Redis`,
    );
    say(`  curl -s -X POST ${base}/v1/lookups -H 'content-type: application/json' \\`);
    say(
      `       -d '{"rucs":["20131312955","20100070970","20146806679"]}'   # async: 202 and job ids`,
    );
    say(`  curl -s ${base}/v1/jobs/<jobId>                         # poll a job until completed`);
    say(`  curl -s -i '${base}/v1/ruc/20604702811?wait=0'           # 202 with Location to poll`);
  }
  say('Ctrl-C stops everything.');
  say('─'.repeat(72));
} else {
  say('The API did not become ready in time; see the logs above.');
  await stop(1);
}
