import { randomBytes } from 'node:crypto';

/** A Java-style session cookie, scoped to the application like SUNAT's. */
export function sessionCookie(): string {
  return `JSESSIONID=${randomBytes(16).toString('hex').toUpperCase()}; Path=/cl-ti-itmrconsruc`;
}
