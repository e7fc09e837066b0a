import type { IncomingMessage, ServerResponse } from 'node:http';
import { writeJson } from '../http/answer.js';
import { readBody } from '../http/read-body.js';
import type { Faults, SimulatorConfig } from '../options.js';
import type { QueryCounts } from '../state/query-counts.js';
import { parseConfigUpdate, parseFaults, SettingError } from '../validate-settings.js';
import { ADMIN_PREFIX } from './paths.js';

/** Everything the admin endpoints can see, as GET /__simulator/state shows it. */
export interface SimulatorState extends SimulatorConfig {
  faults: Faults;
  counts: QueryCounts;
  /** Client IPs blocked by the rate limit, with the end of their block (ISO 8601). */
  blockedClients: Record<string, string>;
}

/** The operations the admin endpoints drive. */
export interface AdminControls {
  state(): SimulatorState;
  setFaults(faults: Faults): void;
  configure(update: Partial<SimulatorConfig>): void;
  counts(): QueryCounts;
  reset(): void;
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req)).toString('utf8');
  if (text.trim() === '') throw new SettingError('expected a JSON body');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SettingError('the body is not valid JSON');
  }
}

/** Handles /__simulator/*: JSON in and out, for changing the simulator while it runs. */
export async function handleAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  controls: AdminControls,
): Promise<void> {
  const route = `${req.method ?? 'GET'} ${path.slice(ADMIN_PREFIX.length)}`;
  try {
    switch (route) {
      case 'GET state':
        return writeJson(res, 200, controls.state());
      case 'GET counts':
        return writeJson(res, 200, controls.counts());
      case 'PUT faults':
        controls.setFaults(parseFaults(await jsonBody(req)));
        return writeJson(res, 200, controls.state());
      case 'PUT config':
        controls.configure(parseConfigUpdate(await jsonBody(req)));
        return writeJson(res, 200, controls.state());
      case 'POST reset':
        controls.reset();
        return writeJson(res, 200, controls.state());
      default:
        req.resume();
        return writeJson(res, 404, { error: `no admin endpoint ${route}` });
    }
  } catch (error) {
    if (error instanceof SettingError) return writeJson(res, 400, { error: error.message });
    throw error;
  }
}
