import { PassThrough } from 'node:stream';
import { createLogger } from '@consulta-ruc/shared';
import { describe, expect, it } from 'vitest';

function capture() {
  const stream = new PassThrough();
  const lines: string[] = [];
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  return { stream, lines };
}

describe('createLogger', () => {
  it('writes JSON lines carrying service, component, request id and job id', async () => {
    const { stream, lines } = capture();
    const logger = createLogger({ service: 'worker', format: 'json', stream });
    logger
      .child({ component: 'scraper', requestId: 'req-1' })
      .child({ jobId: '42' })
      .info('scraped');
    await new Promise((r) => setImmediate(r));
    const line = JSON.parse(lines[0] ?? '{}');
    expect(line).toMatchObject({
      service: 'worker',
      component: 'scraper',
      requestId: 'req-1',
      jobId: '42',
      message: 'scraped',
      level: 'info',
    });
    expect(line.timestamp).toBeTypeOf('string');
  });

  it('redacts passwords, API keys, authorization headers and URL credentials', async () => {
    const { stream, lines } = capture();
    const logger = createLogger({ service: 'api', format: 'json', stream });
    logger.info('config', {
      password: 'hunter2',
      headers: { authorization: 'Basic b3BzOmh1bnRlcjI=', 'x-api-key': 'k-123' },
      redis: 'redis://default:s3cret@redis.internal:6379',
      fallback: 'redis://default:p@ssw0rd@backup.internal:6379',
    });
    await new Promise((r) => setImmediate(r));
    const text = lines.join('\n');
    expect(text).not.toMatch(/hunter2|b3BzOmh1bnRlcjI|k-123|s3cret|ssw0rd/);
    expect(text).toContain('redis.internal:6379');
  });

  it('prints readable one-liners in pretty mode', async () => {
    const { stream, lines } = capture();
    createLogger({ service: 'api', format: 'pretty', stream })
      .child({ component: 'http' })
      .warn('slow');
    await new Promise((r) => setImmediate(r));
    expect(lines[0]).toMatch(/\[api\/http\] slow/);
  });
});
