import SwaggerParser from '@apidevtools/swagger-parser';
import { sampleRecord } from '@consulta-ruc/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson, startApi, type TestApi, testConfig } from './helpers.js';

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('with operator credentials and API keys configured', () => {
  let api: TestApi;
  const config = testConfig('api-admin', {
    ADMIN_USER: 'ops',
    ADMIN_PASSWORD: 'correct horse battery staple',
    API_KEYS: 'key-one,key-two',
    SYNC_WAIT_MS: '0',
  });
  beforeAll(async () => {
    api = await startApi(config);
  });
  afterAll(async () => {
    await api.deps.queue.obliterate({ force: true }).catch(() => {});
    await api.close();
  });

  it('refuses Bull Board without credentials and with wrong ones, and serves it with the right ones', async () => {
    const none = await fetch(`${api.url}/admin/queues`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    const wrong = await fetch(`${api.url}/admin/queues`, {
      headers: { authorization: basic('ops', 'nope') },
    });
    expect(wrong.status).toBe(401);
    const ok = await fetch(`${api.url}/admin/queues`, {
      headers: { authorization: basic('ops', 'correct horse battery staple') },
    });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/<div id="root">|bull/i);
    const queues = await fetch(`${api.url}/admin/queues/api/queues`, {
      headers: { authorization: basic('ops', 'correct horse battery staple') },
    });
    expect(queues.status).toBe(200);
    expect(JSON.stringify(await readJson(queues))).toContain('ruc-lookup');
  });

  it('guards the admin endpoints with the same credentials', async () => {
    const refused = await fetch(`${api.url}/v1/ruc/20131312955/cache`, { method: 'DELETE' });
    expect(refused.status).toBe(401);
    const deleted = await fetch(`${api.url}/v1/ruc/20131312955/cache`, {
      method: 'DELETE',
      headers: { authorization: basic('ops', 'correct horse battery staple') },
    });
    expect(deleted.status).toBe(200);
    expect(await readJson(deleted)).toEqual({ ruc: '20131312955', deleted: false });
    const refresh = await fetch(`${api.url}/v1/ruc/20131312955/refresh`, {
      method: 'POST',
      headers: { authorization: basic('ops', 'correct horse battery staple') },
    });
    expect(refresh.status).toBe(202);
    const job = await api.deps.queue.getJob((await readJson(refresh)).jobId);
    expect(job?.data).toMatchObject({ ruc: '20131312955', force: true });
  });

  it('enforces API keys on every lookup route', async () => {
    for (const [method, path] of [
      ['GET', '/v1/ruc/20131312955'],
      ['GET', '/obtener-ruc/20131312955'],
      ['POST', '/v1/lookups'],
      ['GET', '/v1/jobs/1'],
    ] as const) {
      const refused = await fetch(`${api.url}${path}`, { method });
      expect(refused.status, `${method} ${path}`).toBe(401);
      expect(await readJson(refused)).toMatchObject({ code: 'UNAUTHORIZED' });
      const wrong = await fetch(`${api.url}${path}`, {
        method,
        headers: { 'x-api-key': 'key-three' },
      });
      expect(wrong.status).toBe(401);
    }
    const ok = await fetch(`${api.url}/v1/ruc/20131312955?wait=0`, {
      headers: { 'x-api-key': 'key-two' },
    });
    expect(ok.status).toBe(202);
  });

  it('leaves health, readiness, metrics and docs open', async () => {
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    expect((await fetch(`${api.url}/ready`)).status).toBe(200);
    expect((await fetch(`${api.url}/metrics`)).status).toBe(200);
    expect((await fetch(`${api.url}/docs`)).status).toBe(200);
  });
});

describe('without operator credentials', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(testConfig('api-no-admin'));
  });
  afterAll(async () => {
    await api.close();
  });

  it('does not mount Bull Board or the admin endpoints at all', async () => {
    expect((await fetch(`${api.url}/admin/queues`)).status).toBe(404);
    expect((await fetch(`${api.url}/v1/ruc/20131312955/cache`, { method: 'DELETE' })).status).toBe(
      404,
    );
  });

  it('counts hits and misses in /metrics', async () => {
    await api.deps.cache.setRecord(sampleRecord({ ruc: '20440374248' }));
    expect((await fetch(`${api.url}/v1/ruc/20440374248`)).status).toBe(200);
    expect((await fetch(`${api.url}/v1/ruc/20131312955?wait=0`)).status).toBe(202);
    const text = await (await fetch(`${api.url}/metrics`)).text();
    expect(text).toMatch(/consulta_ruc_api_cache_lookups_total\{result="hit"\} 1/);
    expect(text).toMatch(/consulta_ruc_api_cache_lookups_total\{result="miss"\} 1/);
    expect(text).toMatch(
      /consulta_ruc_api_requests_total\{route="\/v1\/ruc\/:ruc",method="GET",status="200"\} 1/,
    );
    expect(text).toMatch(/consulta_ruc_api_queue_jobs\{state="waiting"\} 1/);
    await api.deps.queue.obliterate({ force: true });
  });

  it('publishes a valid OpenAPI document', async () => {
    const doc = await readJson(await fetch(`${api.url}/openapi.json`));
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeTruthy();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/obtener-ruc/{ruc}',
        '/v1/ruc/{ruc}',
        '/v1/lookups',
        '/v1/jobs/{id}',
      ]),
    );
    expect(doc.components.schemas.TaxpayerRecord.properties).toHaveProperty('razonSocial');
  });
});
