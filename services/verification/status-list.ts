import { gunzipSync } from 'node:zlib';

/** W3C Bitstring Status List v1.0: a list has at least this many entries, so one entry hides in a crowd. */
export const MIN_STATUS_LIST_ENTRIES = 131_072;
/** A list larger than this when unpacked is refused (a gzip bomb would otherwise cost memory). */
const MAX_UNPACKED_BYTES = 16 * 1024 * 1024;

export class StatusListProblem extends Error {
  constructor(
    message: string,
    readonly sv: string,
  ) {
    super(message);
  }
}

/** The bitstring of an encodedList: multibase base64url ('u'), GZIP-compressed. */
export function decodeStatusList(encodedList: unknown, statusSize: number): Buffer {
  const bits = unpackStatusList(encodedList);
  checkStatusListLength(bits, statusSize);
  return bits;
}

/** The bits of an encodedList, unpacked (not yet checked against an entry's statusSize: checkStatusListLength). */
export function unpackStatusList(encodedList: unknown): Buffer {
  if (typeof encodedList !== 'string' || !encodedList.startsWith('u') || !/^u[A-Za-z0-9_-]+$/.test(encodedList)) {
    throw new StatusListProblem('its encodedList is not multibase base64url (it must begin with "u")', 'dess encodedList är inte multibase base64url (den ska börja med "u")');
  }
  try {
    return gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), { maxOutputLength: MAX_UNPACKED_BYTES });
  } catch {
    throw new StatusListProblem('its encodedList is not GZIP-compressed data of a sensible size', 'dess encodedList är inte GZIP-komprimerade data av rimlig storlek');
  }
}

/** A list holds at least MIN_STATUS_LIST_ENTRIES entries of `statusSize` bits. */
export function checkStatusListLength(bits: Buffer, statusSize: number): void {
  const entries = Math.floor((bits.length * 8) / statusSize);
  if (entries < MIN_STATUS_LIST_ENTRIES) {
    throw new StatusListProblem(
      `it has ${entries.toLocaleString('en')} entries, fewer than the ${MIN_STATUS_LIST_ENTRIES.toLocaleString('en')} the standard requires for privacy`,
      `den har ${entries.toLocaleString('sv')} poster, färre än de ${MIN_STATUS_LIST_ENTRIES.toLocaleString('sv')} som standarden kräver för integriteten`,
    );
  }
}

/** Entry `index` of `statusSize` bits; the first entry is the left-most (most significant) bits of the first byte. */
export function readStatusValue(bits: Buffer, index: number, statusSize: number): number {
  if (!Number.isSafeInteger(index) || index < 0 || (index + 1) * statusSize > bits.length * 8) {
    throw new StatusListProblem(`index ${index} is outside the list`, `index ${index} ligger utanför listan`);
  }
  let value = 0;
  for (let bit = 0; bit < statusSize; bit += 1) {
    const position = index * statusSize + bit;
    value = value * 2 + ((bits[position >> 3] >> (7 - (position & 7))) & 1);
  }
  return value;
}
