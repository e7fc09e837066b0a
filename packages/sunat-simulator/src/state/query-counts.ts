export interface QueryCounts {
  total: number;
  byRuc: Record<string, number>;
}

/** Queries received on jcrS00Alias, whatever they were answered. */
export class QueryCounter {
  #total = 0;
  #byRuc = new Map<string, number>();

  record(nroRuc: string | null): void {
    this.#total += 1;
    if (nroRuc) this.#byRuc.set(nroRuc, (this.#byRuc.get(nroRuc) ?? 0) + 1);
  }

  snapshot(): QueryCounts {
    return { total: this.#total, byRuc: Object.fromEntries(this.#byRuc) };
  }

  reset(): void {
    this.#total = 0;
    this.#byRuc.clear();
  }
}
