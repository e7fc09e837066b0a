import { randomInt } from 'node:crypto';

export const FORM_PATH = '/cl-ti-itmrconsruc/FrameCriterioBusquedaWeb.jsp';
export const QUERY_PATH = '/cl-ti-itmrconsruc/jcrS00Alias';

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * What SUNAT's reCAPTCHA stub (sunatrecaptcha3.js) puts in the hidden token: 52 random base-36
 * characters. The server only checks that it is present; an empty one gets the error page.
 */
export function sunatToken(): string {
  let token = '';
  for (let i = 0; i < 52; i++) token += BASE36[randomInt(36)];
  return token;
}

/** The form a browser posts for a search by RUC, field for field (without modo=1 SUNAT answers another layout). */
export function queryFormBody(ruc: string, token = sunatToken()): string {
  return new URLSearchParams({
    accion: 'consPorRuc',
    razSoc: '',
    nroRuc: ruc,
    nrodoc: '',
    token,
    contexto: 'ti-it',
    modo: '1',
    rbtnTipo: '1',
    search1: ruc,
    tipdoc: '1',
    search2: '',
    search3: '',
    codigo: '',
  }).toString();
}

export function sunatUrl(baseUrl: string, path: string): string {
  return new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
}
