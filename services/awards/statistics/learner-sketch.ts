import { createHash } from 'node:crypto';

/**
 * Counts distinct learners without keeping who they are, so that aggregates stay small and mergeable:
 * exact while small (a sorted set of 64-bit hashes, so the k-threshold for suppression is applied to exact
 * counts), a HyperLogLog of 1,024 registers (about 3% error) once larger. Two sketches merge into the sketch
 * of the union, which is what grouping cells together needs.
 */
const PRECISION = 10;
const REGISTERS = 1 << PRECISION;
const SPARSE_LIMIT = 128;
const ALPHA = 0.7213 / (1 + 1.079 / REGISTERS);
/** 2^-rank for every rank a register can hold (at most 64 - PRECISION + 1), so that counting needs no power per register. */
const INVERSE_POWERS = Float64Array.from({ length: 66 }, (_, rank) => 2 ** -rank);

const MASK64 = (1n << 64n) - 1n;
/** A learner's record key: their sketch hash, mixed (splitmix64's finaliser) so that it is not the bits the registers use. */
function learnerRecordKey(hash: bigint): number {
  let mixed = ((hash ^ (hash >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  mixed = ((mixed ^ (mixed >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return Number((mixed ^ (mixed >> 31n)) >> 32n);
}

export class LearnerSketch {
  private constructor(
    private sparse: Set<bigint> | null,
    private registers: Uint8Array | null,
  ) {}

  static empty(): LearnerSketch {
    return new LearnerSketch(new Set(), null);
  }

  /** A learner's hash: the learner id never enters the statistics tables. */
  static hashOf(learnerId: string): bigint {
    return createHash('sha256').update(`learner:${learnerId}`).digest().readBigUInt64BE(0);
  }

  add(hash: bigint): this {
    if (this.sparse) {
      this.sparse.add(hash);
      if (this.sparse.size > SPARSE_LIMIT) this.densify();
    } else {
      this.addToRegisters(hash);
    }
    return this;
  }

  merge(other: LearnerSketch): this {
    if (other.sparse) {
      for (const hash of other.sparse) this.add(hash);
      return this;
    }
    if (this.sparse) this.densify();
    // Register by register maximum, four at a time: registers are below 128, so (a | 0x80) - b never borrows
    // from the next byte and its top bit says a >= b.
    const mine = new Uint32Array(this.registers!.buffer, this.registers!.byteOffset, REGISTERS / 4);
    const theirs = new Uint32Array(other.registers!.buffer, other.registers!.byteOffset, REGISTERS / 4);
    for (let index = 0; index < REGISTERS / 4; index += 1) {
      const a = mine[index];
      const b = theirs[index];
      if (a === b) continue;
      const aWins = ((((a | 0x80808080) - b) & 0x80808080) >>> 7) * 0xff;
      mine[index] = (a & aWins) | (b & ~aWins);
    }
    return this;
  }

  /**
   * The cell key of the distinct learners (cell-key method, see cell-key.ts): the sum of a record key per
   * learner, derived from the learner's hash, modulo 2^32, so that a learner counts once however many of
   * their awards the cell holds. A large (HyperLogLog) sketch takes its key from its registers: the same
   * set of learners always gives the same registers, so the same key.
   */
  cellKey(): number {
    if (this.sparse) {
      let key = 0;
      for (const hash of this.sparse) key = (key + learnerRecordKey(hash)) % 2 ** 32;
      return key;
    }
    return createHash('sha256').update(this.registers!).digest().readUInt32BE(0);
  }

  get isExact(): boolean {
    return this.sparse !== null;
  }

  count(): number {
    if (this.sparse) return this.sparse.size;
    const registers = this.registers!;
    let sum = 0;
    let zeros = 0;
    for (let index = 0; index < REGISTERS; index += 1) {
      sum += INVERSE_POWERS[registers[index]];
      if (registers[index] === 0) zeros += 1;
    }
    const estimate = (ALPHA * REGISTERS * REGISTERS) / sum;
    // Small-range correction (linear counting), as in the HyperLogLog paper.
    if (estimate <= 2.5 * REGISTERS && zeros > 0) return Math.round(REGISTERS * Math.log(REGISTERS / zeros));
    return Math.round(estimate);
  }

  /** Sparse: 'S' + 8-byte hashes; dense: 'D' + 1,024 registers. */
  toBuffer(): Buffer {
    if (this.sparse) {
      const buffer = Buffer.alloc(1 + this.sparse.size * 8);
      buffer.write('S', 0);
      let offset = 1;
      for (const hash of this.sparse) {
        buffer.writeBigUInt64BE(hash, offset);
        offset += 8;
      }
      return buffer;
    }
    return Buffer.concat([Buffer.from('D'), Buffer.from(this.registers!)]);
  }

  static fromBuffer(buffer: Buffer | null | undefined): LearnerSketch {
    if (!buffer || buffer.length === 0) return LearnerSketch.empty();
    if (buffer[0] === 0x44 /* D */) return new LearnerSketch(null, new Uint8Array(buffer.subarray(1, 1 + REGISTERS)));
    const sparse = new Set<bigint>();
    for (let offset = 1; offset + 8 <= buffer.length; offset += 8) sparse.add(buffer.readBigUInt64BE(offset));
    return new LearnerSketch(sparse, null);
  }

  private densify() {
    this.registers = new Uint8Array(REGISTERS);
    for (const hash of this.sparse!) this.addToRegisters(hash);
    this.sparse = null;
  }

  private addToRegisters(hash: bigint) {
    const high = Number(hash >> 32n);
    const low = Number(hash & 0xffffffffn);
    const index = high >>> (32 - PRECISION);
    // Rank: position of the first 1-bit in the remaining 54 bits (22 of the high word, then the low word).
    const restHigh = high & ((1 << (32 - PRECISION)) - 1);
    const rank = restHigh !== 0 ? Math.clz32(restHigh) - PRECISION + 1 : low !== 0 ? 32 - PRECISION + Math.clz32(low) + 1 : 64 - PRECISION + 1;
    if (rank > this.registers![index]) this.registers![index] = rank;
  }
}
