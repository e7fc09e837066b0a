import { ZodError } from 'zod';
import { type Config, type ConfigInput, configSchema } from './config-schema.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses the environment once; the only place that reads process.env.
 * Throws ConfigError naming each bad variable, so a process fails at start-up, not on first use.
 */
export function loadConfig(env: ConfigInput | NodeJS.ProcessEnv = process.env): Config {
  try {
    const config = configSchema.parse(env);
    if (Boolean(config.ADMIN_USER) !== Boolean(config.ADMIN_PASSWORD)) {
      throw new ConfigError(
        'Invalid environment: set both ADMIN_USER and ADMIN_PASSWORD, or neither.',
      );
    }
    return config;
  } catch (error) {
    if (error instanceof ZodError) {
      const lines = error.issues.map((issue) => {
        const name = issue.path.join('.');
        const got = (env as Record<string, string | undefined>)[name];
        return `${name}: ${issue.message}${got === undefined ? '' : ` (got ${JSON.stringify(redactIfSecret(name, got))})`}`;
      });
      throw new ConfigError(`Invalid environment:\n  ${lines.join('\n  ')}`);
    }
    throw error;
  }
}

function redactIfSecret(name: string, value: string): string {
  if (/PASSWORD|KEY|SECRET|TOKEN/.test(name)) return '[redacted]';
  // Credentials in a URL-like value (redis://user:password@host), even one the schema refuses.
  return value.replace(/^((?:[a-z][a-z0-9+.-]*:\/\/)?)[^/?#]*@/i, '$1[redacted]@');
}

/** Test helper: a config from defaults plus overrides, never from the process environment. */
export function configFrom(overrides: ConfigInput = {}): Config {
  return loadConfig(overrides);
}
