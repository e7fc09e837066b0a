import { Buffer, isUtf8 } from 'node:buffer';
import net from 'node:net';
import querystring from 'node:querystring';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { createLogger, isValidRuc, validateRuc } from '@consulta-ruc/shared';
import { withCheckDigit } from '@consulta-ruc/sunat-simulator';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi, testConfig } from './helpers.js';

// Hostile input against the real app. No worker consumes the queue: a valid RUC can only be
// enqueued, and an invalid one must never be.
const API_KEY = 'bad-input-key-7f3a';
const ADMIN_USER = 'ops';
const ADMIN_PASSWORD = 'bad-input admin password';
const config = testConfig('api-bad-input', {
  SYNC_WAIT_MS: '0',
  LEGACY_WAIT_MS: '1',
  API_KEYS: API_KEY,
  ADMIN_USER,
  ADMIN_PASSWORD,
});
const NUM_RUNS = 200;
const BODY_LIMIT_BYTES = 16 * 1024;
/** The request-id middleware's notion of a sane caller-supplied id. */
const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A valid RUC nothing has cached (each test file has its own prefix). */
const UNCACHED_RUC = '20440374248';

let api: TestApi;
const logLines: string[] = [];

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) =>
    logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean)),
  );
  api = await startApi(config, createLogger({ service: 'api', format: 'json', stream }));
});
afterAll(async () => {
  await api?.deps.queue.obliterate({ force: true }).catch(() => {});
  await api?.close();
});

const withKey = (headers: Record<string, string> = {}) => ({ 'x-api-key': API_KEY, ...headers });

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: asserted on below.
  json: any;
}

async function send(path: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(`${api.url}${path}`, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** The API's error body: {message, detail, ruc, code}, served as JSON. */
function expectErrorShape(answer: Answer, context: string): void {
  expect(answer.headers.get('content-type'), context).toMatch(/^application\/json/);
  const body = answer.json;
  expect(body, `${context}: body ${answer.text.slice(0, 200)}`).toBeTypeOf('object');
  expect(body).not.toBeNull();
  expect(typeof body.message, context).toBe('string');
  expect(body.message.length, context).toBeGreaterThan(0);
  expect(typeof body.code, context).toBe('string');
  expect(body.detail === null || typeof body.detail === 'string', context).toBe(true);
  expect(body.ruc === null || typeof body.ruc === 'string', context).toBe(true);
}

function expectNo5xx(answer: Answer, context: string): void {
  expect(answer.status, `${context}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
}

// ---------- arbitraries ----------

/** Digit look-alikes and near-RUCs: the strings a sloppy client or a spreadsheet produces. */
const digitLike = fc.oneof(
  fc.stringMatching(/^[0-9]{0,14}$/),
  fc.stringMatching(/^(10|15|16|17|20)[0-9]{9}$/),
  fc.stringMatching(/^(10|20)[0-9]{8}$/).chain((ten) =>
    fc.constantFrom(
      `${withCheckDigit(ten)} `,
      ` ${withCheckDigit(ten)}`,
      `${withCheckDigit(ten)}\n`,
      `+${withCheckDigit(ten)}`,
      `-${withCheckDigit(ten)}`,
      `${withCheckDigit(ten)}.0`,
      `${withCheckDigit(ten)}0`,
      withCheckDigit(ten).slice(1),
      withCheckDigit(ten).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
      withCheckDigit(ten).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))),
      withCheckDigit(ten).replace(/\d/g, (d) => String.fromCodePoint(0x1d7ce + Number(d))),
      `${withCheckDigit(ten).slice(0, 10)}${(Number(withCheckDigit(ten)[10]) + 1) % 10}`,
      Number(withCheckDigit(ten)).toExponential(),
      `0x${Number(withCheckDigit(ten)).toString(16)}`,
    ),
  ),
);

const rucParam = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary-ascii' }),
  fc.string({ unit: 'binary', minLength: 100, maxLength: 600 }),
  digitLike,
);

/** Lone surrogates, which survive JSON (as \udXXX escapes) but not UTF-8. */
const loneSurrogates = fc.string({
  unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 4,
});

/** One sample of each Unicode general category, joined at random. */
const CATEGORY_SAMPLES = [
  'A', // Lu
  'é', // Ll
  'ǅ', // Lt
  'ʰ', // Lm
  'ا', // Lo
  '\u0301', // Mn
  '\u0903', // Mc
  '\u20dd', // Me
  '٣', // Nd (Arabic-Indic three)
  '３', // Nd (fullwidth three)
  'Ⅻ', // Nl
  '½', // No
  '_', // Pc
  '—', // Pd
  '(', // Ps
  ')', // Pe
  '«', // Pi
  '»', // Pf
  '¡', // Po
  '∑', // Sm
  '$', // Sc
  '^', // Sk
  '😀', // So
  '\u00a0', // Zs
  '\u2028', // Zl
  '\u2029', // Zp
  '\u0000', // Cc
  '\u202e', // Cf (right-to-left override)
  '\ufeff', // Cf (BOM)
  '\ue000', // Co
  '\ufffd', // replacement character
];
const everyCategory = fc
  .array(fc.constantFrom(...CATEGORY_SAMPLES), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.join(''));

const rucString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 70 }),
  fc.string({ unit: 'grapheme', maxLength: 70 }),
  everyCategory,
  loneSurrogates,
  digitLike,
  fc.constant(UNCACHED_RUC),
);

// ---------- oracles ----------

/** What POST /v1/lookups must accept: exactly {ruc: s} or {rucs: [s, ...]} (1..100), s <= 64 units. */
function isValidLookupRequest(value: unknown): value is { ruc: string } | { rucs: string[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const ok = (s: unknown) => typeof s === 'string' && s.length <= 64;
  if (keys.length !== 1) return false;
  const v = value as Record<string, unknown>;
  if (keys[0] === 'ruc') return ok(v.ruc);
  if (keys[0] === 'rucs') {
    return Array.isArray(v.rucs) && v.rucs.length >= 1 && v.rucs.length <= 100 && v.rucs.every(ok);
  }
  return false;
}

function percentEncodeBytes(bytes: Uint8Array): string {
  return [...bytes].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

// ---------- properties ----------

describe('arbitrary strings as the RUC path parameter', () => {
  it('answer a 4xx in the error shape whenever the string is not a valid RUC, on both lookup routes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/v1/ruc/', '/obtener-ruc/'),
        rucParam,
        async (route, ruc) => {
          const path = `${route}${encodeURIComponent(ruc)}`;
          const answer = await send(path, { headers: withKey() });
          const context = `${route} ${JSON.stringify(ruc)} -> ${answer.status}`;
          if (isValidRuc(ruc)) {
            // No worker: a valid RUC is enqueued and the wait runs out.
            expect([202, 504], context).toContain(answer.status);
            return;
          }
          expectNo5xx(answer, context);
          expect([400, 404], context).toContain(answer.status);
          expectErrorShape(answer, context);
          // The URL parser folds "." and ".." segments away, leaving no RUC to route.
          const routed = new URL(`${api.url}${path}`).pathname === path;
          if (!routed || ruc === '') {
            expect(answer.status, context).toBe(404);
            expect(answer.json.code, context).toBe('NOT_FOUND');
          } else {
            expect(answer.status, context).toBe(400);
            expect(answer.json, context).toMatchObject({
              code: 'RUC_INVALID',
              ruc,
              reason: (validateRuc(ruc) as { reason: string }).reason,
            });
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('answer 400 in the error shape to percent-encoded bytes that are not UTF-8', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/v1/ruc/', '/obtener-ruc/'),
        fc.oneof(
          fc.uint8Array({ minLength: 1, maxLength: 40 }),
          fc.constantFrom(
            Uint8Array.of(0xff),
            Uint8Array.of(0xc0, 0x80), // overlong NUL
            Uint8Array.of(0xed, 0xa0, 0x80), // a UTF-16 surrogate in UTF-8
            Uint8Array.of(0xf4, 0x90, 0x80, 0x80), // past U+10FFFF
            Uint8Array.of(0x32, 0x30, 0xe2, 0x82), // digits then a cut sequence
          ),
        ),
        async (route, bytes) => {
          fc.pre(!isUtf8(bytes));
          const path = `${route}${percentEncodeBytes(bytes)}`;
          const answer = await send(path, { headers: withKey() });
          const context = `${path} -> ${answer.status}`;
          expect(answer.status, context).toBe(400);
          expectErrorShape(answer, context);
          expect(answer.json.code, context).toBe('BAD_REQUEST');
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('arbitrary query strings on GET /v1/ruc/:ruc', () => {
  const waitValue = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'binary-ascii' }),
    fc.double().map(String),
    fc.integer().map(String),
    fc.constantFrom(
      '',
      '0',
      '00',
      '0.0',
      '0.000',
      '-0',
      '-1',
      '+1',
      '1e3',
      '1E-3',
      'Infinity',
      'NaN',
      '0x10',
      ' 1',
      '1 ',
      '.5',
      '5.',
      '0.0001',
      '1234567',
      '1.2.3',
      '١',
      '５',
      'true',
      'null',
      '[]',
      '{}',
    ),
  );
  const pair = fc.oneof(
    waitValue.map((v) => `wait=${encodeURIComponent(v)}`),
    waitValue.map((v) => `wait=${v}`),
    waitValue.map((v) => `wait[]=${encodeURIComponent(v)}`),
    waitValue.map((v) => `wait[0]=${encodeURIComponent(v)}`),
    fc
      .tuple(fc.string({ unit: 'grapheme' }), waitValue)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
    fc.constantFrom(
      'wait',
      'wait=',
      'wait=%',
      'wait=%ZZ',
      'wait=%E0%A4%A',
      'wait=%FF',
      'wait=%ED%A0%80',
      '=',
      '&&',
      '%',
      'wait=0&wait=0',
      'wait=0&wait=1',
      '__proto__=1',
      'constructor[prototype][x]=1',
      'wait.x=1',
    ),
  );
  const rawQuery = fc.array(pair, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('&'));

  it('answer 400 to an invalid wait, 202 at once to an absent or zero one, and never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(rawQuery, async (query) => {
        const url = new URL(`${api.url}/v1/ruc/${UNCACHED_RUC}?${query}`);
        // Express's "simple" query parser is node:querystring over what the server receives.
        const wait = querystring.parse(url.search.slice(1)).wait;
        const validWait = typeof wait === 'string' && /^\d{1,6}(\.\d{1,3})?$/.test(wait);
        // A valid non-zero wait would really wait (no worker runs): not what this property is about.
        fc.pre(!validWait || Number(wait) === 0);
        const started = Date.now();
        const answer = await send(`${url.pathname}${url.search}`, { headers: withKey() });
        const context = `?${query} (wait=${JSON.stringify(wait)}) -> ${answer.status}`;
        expectNo5xx(answer, context);
        if (wait === undefined || validWait) {
          expect(answer.status, context).toBe(202);
          expect(answer.json, context).toMatchObject({ ruc: UNCACHED_RUC, status: 'waiting' });
          expect(Date.now() - started, context).toBeLessThan(2000);
        } else {
          expect(answer.status, context).toBe(400);
          expectErrorShape(answer, context);
          expect(answer.json, context).toMatchObject({
            code: 'BAD_REQUEST',
            detail: `Got ${JSON.stringify(wait)}.`,
          });
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('arbitrary JSON bodies on POST /v1/lookups', () => {
  const anyJsonish = fc.oneof(
    fc.jsonValue(),
    fc.anything(),
    fc.record({ ruc: fc.anything() }),
    fc.record({ rucs: fc.anything() }),
    fc.record({ rucs: fc.array(fc.anything(), { maxLength: 5 }) }),
    fc.record({ ruc: rucString }),
    fc.record({ rucs: fc.array(rucString, { minLength: 0, maxLength: 110 }) }),
    fc.record({ ruc: rucString, rucs: fc.array(rucString, { maxLength: 3 }) }),
    fc.record({ ruc: rucString, extra: fc.jsonValue() }),
    fc.dictionary(fc.string({ unit: 'grapheme' }), fc.jsonValue(), { maxKeys: 4 }),
    fc.array(fc.record({ ruc: rucString }), { maxLength: 3 }),
  );

  it('answer 202 to exactly the valid requests and a 4xx in the error shape to everything else', async () => {
    await fc.assert(
      fc.asyncProperty(anyJsonish, async (value) => {
        let text: string | undefined;
        try {
          text = JSON.stringify(value);
        } catch {
          text = undefined; // BigInt and friends: not JSON.
        }
        fc.pre(text !== undefined);
        const body = text as string;
        const answer = await send('/v1/lookups', {
          method: 'POST',
          headers: withKey({ 'content-type': 'application/json' }),
          body,
        });
        const context = `${body.slice(0, 300)} -> ${answer.status}`;
        expectNo5xx(answer, context);
        const parsed: unknown = JSON.parse(body);
        if (Buffer.byteLength(body) > BODY_LIMIT_BYTES) {
          expect(answer.status, context).toBe(413);
          expectErrorShape(answer, context);
          expect(answer.json.code, context).toBe('PAYLOAD_TOO_LARGE');
        } else if (isValidLookupRequest(parsed)) {
          expect(answer.status, context).toBe(202);
          const rucs = 'ruc' in parsed ? [parsed.ruc] : parsed.rucs;
          const unique = [...new Set(rucs)];
          expect(
            answer.json.results.map((e: { ruc: string; status: string }) => [e.ruc, e.status]),
            context,
          ).toEqual(unique.map((r) => [r, isValidRuc(r) ? 'queued' : 'invalid']));
        } else {
          expect(answer.status, context).toBe(400);
          expectErrorShape(answer, context);
          expect(answer.json.code, context).toBe('BAD_REQUEST');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuse huge arrays and deep nesting with 400 or 413, in the error shape', async () => {
    const cases: Array<[string, string, number[]]> = [
      ['10 000 RUCs', JSON.stringify({ rucs: Array(10_000).fill(UNCACHED_RUC) }), [413]],
      ['10 000 numbers at the top', JSON.stringify(Array(10_000).fill(0)), [413]],
      ['5 000 numbers under rucs', JSON.stringify({ rucs: Array(5_000).fill(0) }), [400]],
      ['101 RUCs', JSON.stringify({ rucs: Array(101).fill(UNCACHED_RUC) }), [400]],
      ['5 000 nested arrays', `${'['.repeat(5000)}${']'.repeat(5000)}`, [400]],
      ['5 000 nested arrays under rucs', `{"rucs":${'['.repeat(5000)}${']'.repeat(5000)}}`, [400]],
      ['100 000 nested arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, [413]],
      ['2 000 nested objects', `${'{"ruc":'.repeat(2000)}"x"${'}'.repeat(2000)}`, [400]],
      ['unclosed nesting', '['.repeat(8000), [400]],
      ['a 65-character ruc', JSON.stringify({ ruc: '2'.repeat(65) }), [400]],
      ['an empty body', '', [400]],
      ['JSON null', 'null', [400]],
      ['a JSON string', '"20440374248"', [400]],
      ['a JSON number', '20440374248', [400]],
      ['a bare RUC list', '["20440374248"]', [400]],
      ['an empty rucs list', '{"rucs":[]}', [400]],
      ['a duplicated key', '{"ruc":"20440374248","ruc":"x"}', [202]],
      ['__proto__ beside ruc', '{"ruc":"x","__proto__":{"polluted":true}}', [400]],
    ];
    for (const [what, body, statuses] of cases) {
      const answer = await send('/v1/lookups', {
        method: 'POST',
        headers: withKey({ 'content-type': 'application/json' }),
        body,
      });
      const context = `${what} -> ${answer.status} ${answer.text.slice(0, 200)}`;
      expect(statuses, context).toContain(answer.status);
      if (answer.status !== 202) expectErrorShape(answer, context);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('bodies that are not JSON, or not UTF-8, under content-type application/json', () => {
  const invalidUtf8 = fc.uint8Array({ minLength: 1, maxLength: 2000 }).filter((b) => !isUtf8(b));

  it('answer 400 to arbitrary bytes that are not UTF-8', async () => {
    await fc.assert(
      fc.asyncProperty(invalidUtf8, async (bytes) => {
        const answer = await send('/v1/lookups', {
          method: 'POST',
          headers: withKey({ 'content-type': 'application/json' }),
          body: Buffer.from(bytes),
        });
        const context = `${Buffer.from(bytes).toString('hex').slice(0, 80)} -> ${answer.status}`;
        expect(answer.status, context).toBe(400);
        expectErrorShape(answer, context);
        expect(answer.json.code, context).toBe('BAD_REQUEST');
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('answer 400 to text that is not JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', minLength: 1 }),
          fc.string({ unit: 'binary-ascii', minLength: 1 }),
          fc.jsonValue().map((v) => `${JSON.stringify(v)},`),
          fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
          fc.constantFrom("{'ruc':'20440374248'}", '{ruc: 20440374248}', '{"ruc":"20440374248",}'),
        ),
        async (text) => {
          let json = true;
          try {
            JSON.parse(text);
          } catch {
            json = false;
          }
          fc.pre(!json && text.trim() !== '');
          const answer = await send('/v1/lookups', {
            method: 'POST',
            headers: withKey({ 'content-type': 'application/json' }),
            body: text,
          });
          const context = `${JSON.stringify(text).slice(0, 200)} -> ${answer.status}`;
          expect(answer.status, context).toBe(400);
          expectErrorShape(answer, context);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('answer 400 to JSON whose strings carry bytes that are not UTF-8, instead of replacing them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('{"ruc":"', '{"rucs":["20440374248","'),
        invalidUtf8.map((b) => b.filter((x) => x !== 0x22 && x !== 0x5c && x >= 0x20)),
        async (head, bytes) => {
          fc.pre(bytes.length > 0 && !isUtf8(bytes));
          const close = head.includes('[') ? '"]}' : '"}';
          const body = Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(close)]);
          const answer = await send('/v1/lookups', {
            method: 'POST',
            headers: withKey({ 'content-type': 'application/json' }),
            body,
          });
          const context = `${body.toString('hex').slice(0, 120)} -> ${answer.status} ${answer.text.slice(0, 200)}`;
          expect(answer.status, context).toBe(400);
          expectErrorShape(answer, context);
          expect(answer.json.code, context).toBe('BAD_REQUEST');
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('odd headers', () => {
  /** Header values fetch will send: bytes up to 0xFF, no control character but the tab. */
  const headerValue = fc.oneof(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point.
    fc.string({ unit: 'binary-ascii' }).map((s) => s.replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '')),
    fc.string({ unit: fc.constantFrom(...'abcXYZ019_.:-'.split('')), maxLength: 140 }),
    fc.stringMatching(/^[\w.:-]{1,128}$/),
    fc.constantFrom(
      'x'.repeat(10 * 1024),
      'a'.repeat(128),
      'a'.repeat(129),
      'trace-\t-tab',
      'trace id',
      'trace,id',
      '<script>alert(1)</script>',
      '../../etc/passwd',
      '\u00ff\u00fe',
    ),
  );
  /** What a peer that trims optional white space on both ends sees. */
  const trimOws = (s: string) => s.replace(/^[\t ]+|[\t ]+$/g, '');

  it('echo X-Request-Id only when it is sane, else a fresh UUID, and never answer 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        headerValue,
        fc.constantFrom('/health', `/v1/ruc/${UNCACHED_RUC}?wait=0`, '/v1/ruc/123', '/nope'),
        async (value, path) => {
          const answer = await send(path, { headers: withKey({ 'x-request-id': value }) });
          const given = trimOws(value);
          const echoed = answer.headers.get('x-request-id');
          const context = `${JSON.stringify(value.slice(0, 80))} (${value.length}) on ${path} -> ${answer.status} ${echoed}`;
          expectNo5xx(answer, context);
          if (SANE_REQUEST_ID.test(given)) expect(echoed, context).toBe(given);
          else expect(echoed, context).toMatch(UUID);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('refuse control characters in X-Request-Id sent on a raw socket, never echoing them', async () => {
    const control = fc
      .integer({ min: 0, max: 0x1f })
      .filter((c) => c !== 0x0a && c !== 0x0d)
      .map((c) => String.fromCharCode(c));
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('a', 'b', '1', '-') }),
        fc.oneof(control, fc.constant('\x7f')),
        fc.string({ unit: fc.constantFrom('a', 'b', '1', '-') }),
        async (before, ctl, after) => {
          const value = `${before}${ctl}${after}`;
          const answer = await rawRequest(
            `GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: ${value}\r\nConnection: close\r\n\r\n`,
          );
          const context = `${JSON.stringify(value)} -> ${answer.status} ${answer.headers['x-request-id']}`;
          const echoed = answer.headers['x-request-id'];
          if (ctl !== '\t') {
            // Node's parser refuses the request before the app sees it.
            expect(answer.status, context).toBe(400);
            expect(echoed, context).toBeUndefined();
          } else {
            // Only the tab may stand in a header value; peers trim it at the ends.
            const given = trimOws(value);
            if (SANE_REQUEST_ID.test(given)) expect(echoed, context).toBe(given);
            else expect(echoed, context).toMatch(UUID);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answer 401 in the error shape to junk API keys and junk operator credentials', async () => {
    await fc.assert(
      fc.asyncProperty(
        headerValue,
        fc.oneof(
          headerValue,
          fc.uint8Array({ maxLength: 60 }).map((b) => `Basic ${Buffer.from(b).toString('base64')}`),
          fc
            .tuple(fc.string(), fc.string())
            .map(([u, p]) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`),
          fc.constantFrom(
            'Basic',
            'Basic ',
            'Basic ====',
            'Basic !!!',
            `Basic ${Buffer.from(`${ADMIN_USER}:`).toString('base64')}`,
            `Basic ${Buffer.from(`${ADMIN_USER}`).toString('base64')}`,
            `Basic ${Buffer.from(`:${ADMIN_PASSWORD}`).toString('base64')}`,
            `Bearer ${ADMIN_PASSWORD}`,
            `basic  ${Buffer.from(`${ADMIN_USER}:${ADMIN_PASSWORD}`).toString('base64')}`,
          ),
        ),
        async (apiKey, authorization) => {
          fc.pre(trimOws(apiKey) !== API_KEY);
          const client = await send(`/v1/ruc/${UNCACHED_RUC}?wait=0`, {
            headers: { 'x-api-key': apiKey },
          });
          const clientContext = `x-api-key ${JSON.stringify(apiKey.slice(0, 80))} -> ${client.status}`;
          expect(client.status, clientContext).toBe(401);
          expectErrorShape(client, clientContext);
          expect(client.json.code, clientContext).toBe('UNAUTHORIZED');

          const admin = await send(`/v1/ruc/${UNCACHED_RUC}/cache`, {
            method: 'DELETE',
            headers: { authorization },
          });
          const adminContext = `authorization ${JSON.stringify(authorization.slice(0, 80))} -> ${admin.status}`;
          expect(admin.status, adminContext).toBe(401);
          expectErrorShape(admin, adminContext);
          expect(admin.headers.get('www-authenticate'), adminContext).toMatch(/^Basic realm=/);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('never answer 5xx to junk Content-Type and Content-Encoding on a valid body', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          headerValue,
          fc.constantFrom(
            'application/json; charset=latin1',
            'application/json; charset=utf-16',
            'application/json; charset=utf-7',
            'application/json; charset=utf-nope',
            'application/json; charset="',
            'application/json; charset',
            'application/json;;;',
            'application/json, text/plain',
            'APPLICATION/JSON',
            'application/json; boundary=--x',
            'application/*',
            '*/*',
            'text/json',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
          ),
        ),
        fc.constantFrom(undefined, 'identity', 'gzip', 'deflate', 'br', 'zstd', 'compress', 'x'),
        async (contentType, contentEncoding) => {
          const headers: Record<string, string> = withKey({ 'content-type': contentType });
          if (contentEncoding) headers['content-encoding'] = contentEncoding;
          const answer = await send('/v1/lookups', {
            method: 'POST',
            headers,
            body: JSON.stringify({ ruc: '123' }),
          });
          const context = `${JSON.stringify(contentType.slice(0, 80))} / ${contentEncoding} -> ${answer.status} ${answer.text.slice(0, 200)}`;
          expectNo5xx(answer, context);
          expect([202, 400, 415], context).toContain(answer.status);
          if (answer.status !== 202) expectErrorShape(answer, context);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('answer 413 to a gzip bomb and 400 to a corrupt gzip body', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(BODY_LIMIT_BYTES * 2);
    const big = await send('/v1/lookups', {
      method: 'POST',
      headers: withKey({ 'content-type': 'application/json', 'content-encoding': 'gzip' }),
      body: bomb,
    });
    expect(big.status).toBe(413);
    expectErrorShape(big, 'gzip bomb');
    const corrupt = await send('/v1/lookups', {
      method: 'POST',
      headers: withKey({ 'content-type': 'application/json', 'content-encoding': 'gzip' }),
      body: Buffer.from('definitely not gzip'),
    });
    expect(corrupt.status).toBe(400);
    expectErrorShape(corrupt, 'corrupt gzip');
  });
});

describe('after all of the above', () => {
  it('has queued jobs for valid RUCs only, is still healthy, and logged no unhandled error', async () => {
    const jobs = await api.deps.queue.getJobs(
      ['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'],
      0,
      -1,
    );
    // The query-string property enqueues UNCACHED_RUC, so this is not vacuous.
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      expect(validateRuc(job.data.ruc), `job ${job.id}: ${JSON.stringify(job.data.ruc)}`).toEqual({
        valid: true,
        ruc: job.data.ruc,
      });
    }
    const counts = await api.deps.queue.getJobCounts();
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(jobs.length);

    const health = await send('/health');
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: 'ok', redis: 'connected' });
    const errors = logLines.filter((line) => JSON.parse(line).level === 'error');
    expect(errors).toEqual([]);
  });
});

// ---------- raw HTTP ----------

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
}

/** Sends bytes as written (latin1) and reads the status line and headers of the answer. */
function rawRequest(request: string): Promise<RawAnswer> {
  const { port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () => socket.destroy(new Error('raw request timed out')));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const head = text.split('\r\n\r\n')[0] ?? '';
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const status = Number(statusLine.split(' ')[1]);
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status, headers });
    });
    // Written, not ended: a half-closed client may see its answer dropped (Node closes the
    // socket on FIN while an async handler is still at work). Connection: close ends it.
    socket.write(Buffer.from(request, 'latin1'));
  });
}
