import winston from 'winston';

export type Logger = winston.Logger;

export interface LoggerOptions {
  /** Minimum level. Default `info`. */
  level?: string;
  /** `json` for production, `pretty` for people. Default `json`. */
  format?: 'json' | 'pretty';
  /** The process's role, on every line (api, worker, ...). */
  service: string;
  /** Where lines go; tests pass a stream to read them back. Default stdout. */
  stream?: NodeJS.WritableStream;
}

const SECRET_KEY = /pass(word)?|authorization|api[-_]?key|secret|token|cookie/i;
const REDACTED = '[redacted]';

/** Redacts secrets by key, and credentials embedded in URLs (redis://user:pass@host). */
export function redactSecrets(value: unknown, depth = 0): unknown {
  // The password runs to the authority's last '@' (passwords may contain '@').
  if (typeof value === 'string') {
    return value.replace(/(\/\/[^:/@\s]*:)[^/?#\s]*@/g, `$1${REDACTED}@`);
  }
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? REDACTED : redactSecrets(v, depth + 1);
  }
  return out;
}

const redact = winston.format((info) => {
  for (const key of Object.keys(info)) {
    if (SECRET_KEY.test(key)) info[key] = REDACTED;
    else info[key] = redactSecrets(info[key]);
  }
  return info;
});

/**
 * A winston logger: JSON lines in production, coloured one-liners for people.
 * Use `logger.child({ component, requestId, jobId })` to carry context; the logger is passed in, never global.
 */
export function createLogger(options: LoggerOptions): Logger {
  const format =
    options.format === 'pretty'
      ? winston.format.combine(
          redact(),
          winston.format.errors({ stack: true }),
          winston.format.timestamp({ format: 'HH:mm:ss.SSS' }),
          winston.format.colorize(),
          winston.format.printf(
            ({ level, message, timestamp, service, component, stack, ...rest }) => {
              const where = [service, component].filter(Boolean).join('/');
              const extra = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
              return `${timestamp} ${level} [${where}] ${message}${extra}${stack ? `\n${stack}` : ''}`;
            },
          ),
        )
      : winston.format.combine(
          redact(),
          winston.format.errors({ stack: true }),
          winston.format.timestamp(),
          winston.format.json(),
        );
  const transport = options.stream
    ? new winston.transports.Stream({ stream: options.stream })
    : new winston.transports.Console();
  return winston.createLogger({
    level: options.level ?? 'info',
    defaultMeta: { service: options.service },
    format,
    transports: [transport],
  });
}

/** A logger that drops everything; for tests that do not read logs. */
export function createSilentLogger(): Logger {
  return winston.createLogger({ silent: true, transports: [new winston.transports.Console()] });
}
