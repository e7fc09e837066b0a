import type { RateLimit } from '../options.js';

interface ClientWindow {
  hits: number[];
  blockedUntil: number;
}

/** Per-IP sliding-window limit; a client over it stays blocked for `blockMs`. */
export class RateLimiter {
  #limit: RateLimit | null = null;
  readonly #clients = new Map<string, ClientWindow>();

  get limit(): RateLimit | null {
    return this.#limit;
  }

  /** A new limit starts from a clean slate. */
  configure(limit: RateLimit | null): void {
    this.#limit = limit;
    this.#clients.clear();
  }

  clearBlocks(): void {
    this.#clients.clear();
  }

  /** Records a request; true when the client is (now) blocked. */
  hit(ip: string, now: number = Date.now()): boolean {
    const limit = this.#limit;
    if (!limit) return false;
    let client = this.#clients.get(ip);
    if (!client) {
      client = { hits: [], blockedUntil: 0 };
      this.#clients.set(ip, client);
    }
    if (now < client.blockedUntil) return true;
    if (client.blockedUntil > 0) {
      client.blockedUntil = 0;
      client.hits = [];
    }
    client.hits = client.hits.filter((t) => now - t < limit.windowMs);
    client.hits.push(now);
    if (client.hits.length > limit.maxRequests) {
      client.blockedUntil = now + limit.blockMs;
      return true;
    }
    return false;
  }

  /** Clients blocked right now, with the time their block ends. */
  blocked(now: number = Date.now()): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [ip, client] of this.#clients) {
      if (now < client.blockedUntil) out[ip] = new Date(client.blockedUntil).toISOString();
    }
    return out;
  }
}
