import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * COPY's binary format, written straight from rows: the database takes binary values in without
 * parsing text (timestamps and numerics above all), which makes a rebuild's writes cheaper
 * (bench/README, "Binary COPY"). Each column's encoder is chosen once, from its drizzle type; a
 * type not listed here is refused when the encoder is made (a test makes every projection's).
 */

type Encode = (out: CopyBuffer, value: unknown) => void;

/** Microseconds from the Unix epoch to PostgreSQL's (2000-01-01T00:00Z). */
const PG_EPOCH_MICROS = 946_684_800_000_000n;
const TWO_TO_32 = 2 ** 32;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const PIECE_BYTES = 256 * 1024;
const SIGNATURE = [0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00];
/** A timestamp as the projections write it (`toISOString`): exact to the millisecond. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A growing run of bytes, handed out in pieces of about PIECE_BYTES. Fixed-size values do not
 * reserve room: every reservation keeps `rowBytes` more, room for a whole row's fixed-size values,
 * so that those after a text in the same row fit too.
 */
class CopyBuffer {
  private bytes = Buffer.allocUnsafe(PIECE_BYTES);
  private view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
  private offset = 0;
  /** Pieces filled, not yet handed out. */
  private readonly full: Uint8Array<ArrayBuffer>[] = [];

  constructor(private readonly rowBytes: number) {}

  /** Makes room for `size` more bytes, setting the bytes so far aside as a piece if they must. */
  reserve(size: number): void {
    const room = size + this.rowBytes;
    if (this.offset + room <= this.bytes.length) return;
    if (this.offset > 0) this.full.push(this.bytes.subarray(0, this.offset));
    this.use(Buffer.allocUnsafe(Math.max(PIECE_BYTES, room)));
  }

  private use(bytes: Buffer<ArrayBuffer>): void {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.offset = 0;
  }

  /** Whether a piece is filled and waits to be taken. */
  get filled(): boolean {
    return this.full.length > 0;
  }

  /** The pieces filled so far; with `all`, the piece being filled too. */
  takePieces(all = false): Uint8Array<ArrayBuffer>[] {
    if (all && this.offset > 0) {
      this.full.push(this.bytes.subarray(0, this.offset));
      this.use(this.bytes.subarray(this.offset));
    }
    return this.full.splice(0);
  }

  int16(value: number): void {
    this.view.setInt16(this.offset, value);
    this.offset += 2;
  }

  int32(value: number): void {
    this.view.setInt32(this.offset, value);
    this.offset += 4;
  }

  int64(value: bigint): void {
    this.view.setBigInt64(this.offset, value);
    this.offset += 8;
  }

  /** A safe integer as int64, without a bigint. */
  int64OfNumber(value: number): void {
    const high = Math.floor(value / TWO_TO_32);
    this.view.setInt32(this.offset, high);
    this.view.setUint32(this.offset + 4, value - high * TWO_TO_32);
    this.offset += 8;
  }

  byte(value: number): void {
    this.bytes[this.offset++] = value;
  }

  /** `text` as UTF-8 after its length word, and after `prefix` (one byte) if given. */
  lengthAndText(text: string, prefix?: number): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8.
    this.reserve(5 + text.length * 3);
    const at = this.offset;
    this.offset += 4;
    if (prefix !== undefined) this.byte(prefix);
    this.offset += this.bytes.write(text, this.offset, 'utf8');
    this.view.setInt32(at, this.offset - at - 4);
  }
}

function integerOf(column: PgColumn, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    throw new TypeError(`${column.name}: ${String(value)} is not a safe integer`);
  return value;
}

function bigintOf(column: PgColumn, value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  throw new TypeError(`${column.name}: ${String(value)} is not an integer`);
}

/** An integer as PostgreSQL's binary numeric: base-10000 digits, most significant first. */
function writeNumeric(out: CopyBuffer, value: bigint): void {
  const digits: number[] = [];
  let rest = value < 0n ? -value : value;
  while (rest > 0n) {
    digits.push(Number(rest % 10_000n));
    rest /= 10_000n;
  }
  const weight = digits.length - 1;
  // Trailing zero digits are left out, as PostgreSQL does.
  let first = 0;
  while (first < digits.length && digits[first] === 0) first++;
  const kept = digits.length - first;
  out.reserve(12 + 2 * kept);
  out.int32(8 + 2 * kept);
  out.int16(kept);
  out.int16(kept === 0 ? 0 : weight);
  out.int16(value < 0n ? 0x4000 : 0);
  out.int16(0);
  for (let i = digits.length - 1; i >= first; i--) out.int16(digits[i]!);
}

function encoderOf(column: PgColumn): Encode {
  switch (column.columnType) {
    case 'PgText':
      return (out, value) => {
        if (typeof value !== 'string') throw new TypeError(`${column.name}: ${String(value)} is not text`);
        out.lengthAndText(value);
      };
    case 'PgInteger':
      return (out, value) => {
        const integer = integerOf(column, value);
        if (integer !== (integer | 0)) throw new TypeError(`${column.name}: ${integer} is not an int4`);
        out.int32(4);
        out.int32(integer);
      };
    case 'PgBigInt53':
      return (out, value) => {
        out.int32(8);
        out.int64OfNumber(integerOf(column, value));
      };
    case 'PgBigInt64':
      return (out, value) => {
        const integer = bigintOf(column, value);
        // DataView would wrap it round silently, where the database refuses it.
        if (integer < INT64_MIN || integer > INT64_MAX)
          throw new TypeError(`${column.name}: ${integer} is out of range for an int8`);
        out.int32(8);
        out.int64(integer);
      };
    case 'PgNumericBigInt':
      return (out, value) => writeNumeric(out, bigintOf(column, value));
    case 'PgBoolean':
      return (out, value) => {
        if (typeof value !== 'boolean')
          throw new TypeError(`${column.name}: ${String(value)} is not a boolean`);
        out.int32(1);
        out.byte(value ? 1 : 0);
      };
    case 'PgJsonb':
      // Version 1 of jsonb's binary form: the JSON text after one version byte.
      return (out, value) => out.lengthAndText(JSON.stringify(value), 1);
    case 'PgTimestampString':
      return (out, value) => {
        if (typeof value !== 'string' || !ISO_UTC.test(value))
          throw new TypeError(
            `${column.name}: ${String(value)} is not a UTC timestamp as toISOString writes it`,
          );
        out.int32(8);
        out.int64(BigInt(Date.parse(value)) * 1000n - PG_EPOCH_MICROS);
      };
    default:
      throw new TypeError(`${column.name}: binary COPY does not encode ${column.columnType} yet`);
  }
}

/**
 * The rows' encoder for `columns`, taken from each row by `properties` (in the same order): rows
 * in COPY's binary format, header and trailer included, in pieces of about 256 KB.
 */
export function binaryCopyEncoder(columns: readonly PgColumn[], properties: readonly string[]) {
  const encoders = columns.map(encoderOf);
  const count = columns.length;
  return function* copyBinary(rows: Iterable<Record<string, unknown>>): Generator<Uint8Array<ArrayBuffer>> {
    // A row's count, and at most 12 bytes a value (an int64 after its length) but for texts and
    // numerics, which reserve their own room.
    const out = new CopyBuffer(2 + 12 * count);
    out.reserve(19);
    for (const byte of SIGNATURE) out.byte(byte);
    out.int32(0);
    out.int32(0);
    for (const row of rows) {
      out.reserve(0);
      out.int16(count);
      for (let i = 0; i < count; i++) {
        const value = row[properties[i]!];
        if (value === null || value === undefined) out.int32(-1);
        else encoders[i]!(out, value);
      }
      if (out.filled) yield* out.takePieces();
    }
    out.reserve(2);
    out.int16(-1);
    yield* out.takePieces(true);
  };
}
