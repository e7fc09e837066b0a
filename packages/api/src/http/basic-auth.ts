import type { RequestHandler } from 'express';
import { ApiError } from './api-error.js';
import { secureEquals } from './secure-compare.js';

/** HTTP Basic authentication for operators (Bull Board, admin endpoints). */
export function basicAuth(
  user: string,
  password: string,
  realm = 'consulta-ruc admin',
): RequestHandler {
  return (req, _res, next) => {
    const header = req.headers.authorization ?? '';
    const [scheme, encoded] = header.split(' ');
    if (scheme?.toLowerCase() === 'basic' && encoded) {
      const decoded = Buffer.from(encoded, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const givenUser = colon >= 0 ? decoded.slice(0, colon) : decoded;
      const givenPassword = colon >= 0 ? decoded.slice(colon + 1) : '';
      // Both compared every time, so timing does not tell which one was wrong.
      const userOk = secureEquals(givenUser, user);
      const passwordOk = secureEquals(givenPassword, password);
      if (userOk && passwordOk) return next();
    }
    next(
      new ApiError(
        401,
        'UNAUTHORIZED',
        'Operator credentials are required.',
        null,
        null,
        {},
        {
          'WWW-Authenticate': `Basic realm="${realm}", charset="UTF-8"`,
        },
      ),
    );
  };
}
