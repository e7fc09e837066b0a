import type { ServerResponse } from 'node:http';
import type { ContentTypeCharset } from '../options.js';

/** An HTTP answer with a body. */
export interface PageAnswer {
  kind: 'page';
  status: number;
  body: Buffer;
  contentType: string;
  headers?: Record<string, string>;
  /** Whether the configured latency applies (SUNAT's application, not its firewall). */
  delayed: boolean;
}

/** What the simulator does with a request: answer it, reset the connection, or never answer. */
export type Answer = PageAnswer | { kind: 'reset' } | { kind: 'hang' };

/** Content-Type of SUNAT's HTML pages under the configured charset mode. */
export function sunatHtmlType(charset: ContentTypeCharset): string {
  return charset === 'iso-8859-1' ? 'text/html;charset=ISO-8859-1' : 'text/html';
}

/** An HTML page of ISO-8859-1 characters, encoded as SUNAT sends it. */
export function latin1Page(
  html: string | Buffer,
  contentType: string,
  delayed: boolean,
  status = 200,
): PageAnswer {
  const body = typeof html === 'string' ? Buffer.from(html, 'latin1') : html;
  return { kind: 'page', status, body, contentType, delayed };
}

export function writePage(res: ServerResponse, answer: PageAnswer): void {
  if (res.destroyed || res.headersSent) return;
  res.writeHead(answer.status, {
    'Content-Type': answer.contentType,
    'Content-Length': answer.body.length,
    ...answer.headers,
  });
  res.end(answer.body);
}

export function writeJson(res: ServerResponse, status: number, value: unknown): void {
  if (res.destroyed || res.headersSent) return;
  const body = Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
  });
  res.end(body);
}
