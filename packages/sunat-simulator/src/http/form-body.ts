/**
 * Decodes application/x-www-form-urlencoded as a Java servlet on SUNAT's side does: %XX escapes
 * are bytes read as ISO-8859-1 (URLSearchParams would read them as UTF-8). The first value of a
 * repeated name wins, like ServletRequest.getParameter.
 */
export function parseFormBody(body: Buffer | string): Map<string, string> {
  const text = typeof body === 'string' ? body : body.toString('latin1');
  const fields = new Map<string, string>();
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decodeLatin1(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decodeLatin1(pair.slice(eq + 1));
    if (!fields.has(name)) fields.set(name, value);
  }
  return fields;
}

function decodeLatin1(component: string): string {
  return component
    .replace(/\+/g, ' ')
    .replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
}

/** Whether a Content-Type header names a urlencoded form (servlets parse no other body). */
export function isFormContentType(contentType: string | undefined): boolean {
  return (
    (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded'
  );
}
