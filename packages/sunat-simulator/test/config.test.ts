import { describe, expect, it } from 'vitest';
import { parseCliConfig } from '../src/config.js';

describe('parseCliConfig', () => {
  it('reads every flag', () => {
    const config = parseCliConfig(
      [
        '--port',
        '8091',
        '--host',
        '0.0.0.0',
        '--latency',
        '10000-30000',
        '--not-found',
        '20999999999, 20131312955',
        '--require-browser',
        '--fixtures',
        '/srv/fixtures',
        '--content-type-charset',
        'iso-8859-1',
        '--rate-limit',
        '20/60000/hang/300000',
        '--fault',
        'waf:3',
      ],
      {},
    );
    expect(config).toEqual({
      help: false,
      options: {
        port: 8091,
        host: '0.0.0.0',
        latencyMs: [10000, 30000],
        notFoundRucs: ['20999999999', '20131312955'],
        requireBrowser: true,
        fixturesDir: '/srv/fixtures',
        contentTypeCharset: 'iso-8859-1',
        rateLimit: { maxRequests: 20, windowMs: 60000, action: 'hang', blockMs: 300000 },
        faults: { mode: 'waf', times: 3 },
      },
    });
  });

  it('defaults to port 8090 on 127.0.0.1 with nothing else set', () => {
    expect(parseCliConfig([], {})).toEqual({
      help: false,
      options: { port: 8090, host: '127.0.0.1', requireBrowser: false },
    });
  });

  it('falls back to SIMULATOR_* variables, flags winning', () => {
    const config = parseCliConfig(['--port', '0'], {
      SIMULATOR_PORT: '9000',
      SIMULATOR_LATENCY_MS: '250',
      SIMULATOR_REQUIRE_BROWSER: 'true',
      SIMULATOR_RATE_LIMIT: '5/1000',
      SIMULATOR_FIXTURES_DIR: '/app/fixtures/sunat',
    });
    expect(config).toMatchObject({
      options: {
        port: 0,
        latencyMs: 250,
        requireBrowser: true,
        rateLimit: { maxRequests: 5, windowMs: 1000, action: 'reset', blockMs: 300000 },
        fixturesDir: '/app/fixtures/sunat',
      },
    });
  });

  it.each([
    [['--port', 'eighty']],
    [['--latency', '30-10']],
    [['--latency', '1-2-3']],
    [['--rate-limit', '5']],
    [['--rate-limit', '5/1000/explode']],
    [['--fault', 'explode']],
    [['--content-type-charset', 'utf-8']],
    [['--unknown-flag']],
  ])('rejects %j with a readable message', (argv) => {
    expect(() => parseCliConfig(argv, {})).toThrow(/.{10,}/);
  });

  it('asks for the usage text with --help', () => {
    expect(parseCliConfig(['--help'], {})).toEqual({ help: true });
  });
});
