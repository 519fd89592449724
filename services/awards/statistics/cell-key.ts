import { randomBytes } from 'node:crypto';

/**
 * The cell-key method (as the Australian Bureau of Statistics' TableBuilder and the European census
 * hypercubes use it): every record carries a random key in [0, 2^32); a cell's key is the sum of its
 * records' keys modulo 2^32; a fixed perturbation table maps (true count, cell key) to a small adjustment.
 * The same set of records always gets the same figure, so repeating a query gains nothing, while two
 * different sets (total of issuers X and Y, total of Y alone) get independent adjustments, so their
 * difference is the hidden figure plus noise rather than the figure itself.
 */
export const CELL_KEY_MODULUS = 2 ** 32;

/** A fresh record key, drawn once per award when it is issued. */
export const newRecordKey = (): number => randomBytes(4).readUInt32BE(0);

/** Cell keys add up modulo 2^32 (so the aggregate ledger keeps them beside its counts). */
export const addKeys = (a: number, b: number): number => (a + b) % CELL_KEY_MODULUS;
export const subtractKey = (a: number, b: number): number => (a - b + CELL_KEY_MODULUS) % CELL_KEY_MODULUS;

export class PerturbationTable {
  /** The largest adjustment, D. */
  readonly maxDeviation: number;
  /** Cumulative probabilities per row; row n < D is the main distribution cut to [-n, n], so no figure goes below 0. */
  private readonly rows: number[][];

  /**
   * @param probabilities of the adjustments -D..D for counts of at least D: symmetric, so the expected
   * adjustment is 0 (figures are unbiased).
   */
  constructor(readonly probabilities: readonly number[]) {
    if (probabilities.length % 2 !== 1) throw new Error('a perturbation table has 2D + 1 probabilities');
    this.maxDeviation = (probabilities.length - 1) / 2;
    const D = this.maxDeviation;
    this.rows = Array.from({ length: D + 1 }, (_, n) => {
      const cut = probabilities.slice(D - n, D + n + 1);
      const sum = cut.reduce((a, b) => a + b, 0);
      let running = 0;
      return cut.map((probability) => (running += probability / sum));
    });
  }

  /** The published figure for a true count and its cell key. A true zero stays zero. */
  perturb(count: number, cellKey: number): number {
    const row = this.rows[Math.min(count, this.maxDeviation)];
    const reach = (row.length - 1) / 2;
    const p = cellKey / CELL_KEY_MODULUS;
    const position = row.findIndex((cumulative) => p < cumulative);
    return count + (position === -1 ? row.length - 1 : position) - reach;
  }

  /** Mean absolute adjustment of a count of at least D: the accuracy the method costs. */
  get meanAbsoluteDeviation(): number {
    return this.probabilities.reduce((sum, probability, index) => sum + probability * Math.abs(index - this.maxDeviation), 0);
  }

  get variance(): number {
    return this.probabilities.reduce((sum, probability, index) => sum + probability * (index - this.maxDeviation) ** 2, 0);
  }

  /** Distribution of the difference of two independent adjustments (what a differencing attack sees on top of the figure). */
  differenceDistribution(): Map<number, number> {
    const D = this.maxDeviation;
    const result = new Map<number, number>();
    this.probabilities.forEach((a, i) =>
      this.probabilities.forEach((b, j) => result.set(i - j, (result.get(i - j) ?? 0) + a * b)),
    );
    return new Map([...result].filter(([difference]) => Math.abs(difference) <= 2 * D));
  }

  /**
   * How often differencing two published cells recovers a hidden count exactly: taking the difference as the
   * figure (`naive`), or the best guess of an attacker who also knows the hidden count is 1..k-1, each
   * equally likely (`informed`; guessing without any query is right 1/(k-1) of the time).
   */
  differencingSuccess(minimumLearners: number): { naive: number; informed: number; guessing: number } {
    const differences = this.differenceDistribution();
    const hidden = Array.from({ length: minimumLearners - 1 }, (_, index) => index + 1);
    const D2 = 2 * this.maxDeviation;
    let informed = 0;
    for (let observed = 1 - D2; observed <= minimumLearners - 1 + D2; observed += 1) {
      informed += Math.max(...hidden.map((count) => differences.get(observed - count) ?? 0)) / hidden.length;
    }
    return { naive: differences.get(0) ?? 0, informed, guessing: 1 / hidden.length };
  }
}

/**
 * The hub's table: D = 2, probabilities 0.1, 0.2, 0.4, 0.2, 0.1 for -2..+2 (variance 1.2). A published count
 * is off by 0.8 on average and never by more than 2.
 */
export const HUB_PERTURBATION = new PerturbationTable([0.1, 0.2, 0.4, 0.2, 0.1]);

/** No perturbation (D = 0): the ledger's own tests compare exact counts with it; the hub never publishes with it. */
export const EXACT = new PerturbationTable([1]);
