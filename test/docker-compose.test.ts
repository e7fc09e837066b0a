import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// No Docker engine runs on our machines: these are the compose file's promises, read from the file.
const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'));
const services = compose.services as Record<string, Record<string, unknown>>;
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

function seconds(duration: unknown): number {
  const match = /^(\d+)(ms|s|m)$/.exec(String(duration));
  if (!match) throw new Error(`not a duration: ${duration}`);
  const n = Number(match[1]);
  return match[2] === 'ms' ? n / 1000 : match[2] === 'm' ? n * 60 : n;
}

describe('docker-compose.yml', () => {
  it('runs Redis from the official image with AOF everysec, noeviction, a named volume and a ping check', () => {
    const redis = services.redis!;
    expect(String(redis.image)).toMatch(/^redis:/);
    const command = (redis.command as string[]).join(' ');
    expect(command).toContain('--appendonly yes');
    expect(command).toContain('--appendfsync everysec');
    expect(command).toContain('--maxmemory-policy noeviction');
    const [volume] = redis.volumes as string[];
    expect(volume).toMatch(/^redis-data:\/data$/);
    expect(compose.volumes).toHaveProperty('redis-data');
    expect((redis.healthcheck as { test: string[] }).test).toEqual(['CMD', 'redis-cli', 'ping']);
  });

  it('builds the API from this repo on port 3000, checks /ready, and waits for a healthy Redis', () => {
    const api = services.api!;
    expect(api.build).toEqual({ context: '.', dockerfile: 'packages/api/Dockerfile' });
    expect(api.ports).toContain('3000:3000');
    expect((api.healthcheck as { test: string[] }).test.join(' ')).toContain('/ready');
    expect(api.depends_on).toEqual({ redis: { condition: 'service_healthy' } });
  });

  it('lets the worker scale: no container_name, no host port, init, shared memory, a grace period past its deadline', () => {
    const worker = services.worker!;
    expect(worker).not.toHaveProperty('container_name');
    expect(worker).not.toHaveProperty('ports');
    expect(worker.init).toBe(true);
    expect(String(worker.shm_size)).toMatch(/^\d+(gb|mb)$/);
    const shutdownMs = Number((compose['x-app-env'] as Record<string, string>).SHUTDOWN_TIMEOUT_MS);
    expect(seconds(worker.stop_grace_period) * 1000).toBeGreaterThan(shutdownMs);
    expect((worker.healthcheck as { test: string[] }).test.join(' ')).toContain('3001');
    expect(worker.depends_on).toEqual({ redis: { condition: 'service_healthy' } });
  });

  it('keeps the simulator behind the demo profile', () => {
    expect(services.simulator?.profiles).toEqual(['demo']);
  });
});

describe.each(['api', 'worker'])('the %s Dockerfile', (name) => {
  const dockerfile = read(`packages/${name}/Dockerfile`);

  it('is multi-stage on node:24-slim, ships prod dependencies only, runs as non-root with node', () => {
    expect(dockerfile.match(/^FROM node:24-slim/gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/pnpm --filter @consulta-ruc\/\w+ deploy --legacy --prod \/out/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/main\.js"\]$/m);
  });

  if (name === 'worker') {
    it('installs Debian’s chromium and fonts and points puppeteer at it', () => {
      expect(dockerfile).toMatch(/apt-get install[^\n]*chromium[^\n]*fonts-/);
      expect(dockerfile).toContain('PUPPETEER_SKIP_DOWNLOAD=true');
      expect(dockerfile).toContain('PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium');
    });
  }
});

describe('.dockerignore', () => {
  it('keeps node_modules and local data out of the build context', () => {
    const ignore = read('.dockerignore').split('\n');
    expect(ignore).toEqual(expect.arrayContaining(['**/node_modules', '.data']));
  });
});
