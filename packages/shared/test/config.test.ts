import { ConfigError, loadConfig } from '@consulta-ruc/shared';
import { describe, expect, it } from 'vitest';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      REDIS_URL: 'redis://127.0.0.1:6379',
      PORT: 3000,
      SUNAT_BASE_URL: 'https://e-consultaruc.sunat.gob.pe',
      SCRAPER_STRATEGY: 'auto',
      CACHE_TTL_SECONDS: 604_800,
      JOB_ATTEMPTS: 3,
      SUNAT_RATE_LIMIT_DURATION_MS: 1100,
      BROWSER_NO_SANDBOX: false,
      API_KEYS: [],
    });
    expect(config.ADMIN_USER).toBeUndefined();
  });

  it('coerces numbers, booleans and lists from strings', () => {
    const config = loadConfig({
      PORT: '8080',
      WORKER_CONCURRENCY: '4',
      BROWSER_NO_SANDBOX: 'false',
      API_KEYS: 'a, b ,,c',
    });
    expect(config.PORT).toBe(8080);
    expect(config.WORKER_CONCURRENCY).toBe(4);
    expect(config.BROWSER_NO_SANDBOX).toBe(false);
    expect(loadConfig({ BROWSER_NO_SANDBOX: 'true' }).BROWSER_NO_SANDBOX).toBe(true);
    expect(config.API_KEYS).toEqual(['a', 'b', 'c']);
  });

  it('fails fast naming each bad variable and the value it got', () => {
    expect(() => loadConfig({ SCRAPER_STRATEGY: 'selenium', PORT: 'eighty' })).toThrow(ConfigError);
    try {
      loadConfig({ SCRAPER_STRATEGY: 'selenium', PORT: 'eighty' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/SCRAPER_STRATEGY: .*"selenium"/);
      expect(message).toMatch(/PORT: .*"eighty"/);
    }
  });

  it('never echoes a secret it rejects', () => {
    expect(() => loadConfig({ ADMIN_USER: 'ops' })).toThrow(/ADMIN_USER and ADMIN_PASSWORD/);
    expect(() => loadConfig({ REDIS_URL: 'http://user:hunter2@host' })).toThrow(/REDIS_URL/);
  });

  it('treats an empty password as unset', () => {
    expect(loadConfig({ ADMIN_USER: '', ADMIN_PASSWORD: '' }).ADMIN_PASSWORD).toBeUndefined();
  });
});
