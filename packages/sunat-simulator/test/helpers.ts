import { readFileSync } from 'node:fs';
import { request } from 'node:http';

export const FORM_PATH = '/cl-ti-itmrconsruc/FrameCriterioBusquedaWeb.jsp';
export const QUERY_PATH = '/cl-ti-itmrconsruc/jcrS00Alias';

/** A token like the one sunatrecaptcha3.js puts in the form: 52 base-36 characters. */
export const TOKEN = 'k3j9x0q1m2n8b7v6c5z4a3s2d1f0g9h8j7k6l5p4o3i2u1y0t9r8';

/** The fields a browser posts for a RUC lookup, in the browser's order. */
export function browserFields(ruc: string, overrides: Record<string, string | null> = {}) {
  const fields: Record<string, string | null> = {
    accion: 'consPorRuc',
    razSoc: '',
    nroRuc: ruc,
    nrodoc: '',
    token: TOKEN,
    contexto: 'ti-it',
    modo: '1',
    rbtnTipo: '1',
    search1: ruc,
    tipdoc: '1',
    search2: '',
    search3: '',
    codigo: '',
    ...overrides,
  };
  return new URLSearchParams(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== null),
  ).toString();
}

export function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../../fixtures/sunat/${name}`, import.meta.url));
}

/** POSTs a form to jcrS00Alias with fetch; the body comes back as raw bytes. */
export async function query(
  baseUrl: string,
  form: string,
  init: { headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<{ status: number; headers: Headers; bytes: Buffer; text: string }> {
  const res = await fetch(`${baseUrl}${QUERY_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...init.headers },
    body: form,
    ...(init.signal ? { signal: init.signal } : {}),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: bytes.toString('latin1') };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * One request over its own connection with node:http, so a test can pick the client's source
 * address (127.0.0.x) and see socket errors as they are.
 */
export function rawRequest(options: {
  url: string;
  method?: string;
  path: string;
  body?: string;
  headers?: Record<string, string>;
  localAddress?: string;
  timeoutMs?: number;
}): Promise<RawResponse> {
  const { hostname, port } = new URL(options.url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        method: options.method ?? 'GET',
        path: options.path,
        agent: false,
        headers: {
          ...(options.body === undefined
            ? {}
            : { 'content-type': 'application/x-www-form-urlencoded' }),
          ...options.headers,
        },
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('latin1'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.timeoutMs !== undefined) {
      req.setTimeout(options.timeoutMs, () => req.destroy(new Error('client timeout')));
    }
    req.end(options.body);
  });
}

/** What the F5 firewall's page says. */
export const WAF_TEXT = 'The requested URL was rejected. Please consult with your administrator.';
/** What the result page of a taxpayer always has. */
export const RESULT_MARKER = '<!-- fin list-group -->';
