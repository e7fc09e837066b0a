import type { FaultMode, Faults } from '../options.js';

/** The current faults, counting down `times` as matching queries consume them. */
export class FaultState {
  #faults: Faults = { mode: 'none' };

  set(faults: Faults): void {
    this.#faults = { ...faults, ...(faults.rucs ? { rucs: [...faults.rucs] } : {}) };
  }

  /** The faults as they stand, `times` being what is left. */
  snapshot(): Faults {
    return { ...this.#faults, ...(this.#faults.rucs ? { rucs: [...this.#faults.rucs] } : {}) };
  }

  /** The fault for this query, if any, using up one of `times`. */
  take(nroRuc: string | null): FaultMode {
    const faults = this.#faults;
    if (faults.mode === 'none') return 'none';
    if (faults.rucs && (nroRuc === null || !faults.rucs.includes(nroRuc))) return 'none';
    if (faults.times !== undefined) {
      if (faults.times <= 0) return 'none';
      faults.times -= 1;
      if (faults.times === 0) this.#faults = { mode: 'none' };
    }
    return faults.mode;
  }
}
