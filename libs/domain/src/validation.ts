import type { DomainError, FieldError } from './errors';
import { invalidInput } from './rejections';

/** The largest stock a product may hold: the contract's `Int` is 32-bit. */
export const MAX_STOCK = 2_147_483_647;
export const MAX_ID_LENGTH = 200;
/** A client's commandId: a UUID fits with room to spare, and a key of this size stays cheap to index. */
export const MAX_COMMAND_ID_LENGTH = 128;
/** The highest price a product may have: 10 million in the currency's main unit. */
export const MAX_PRICE_CENTS = 1_000_000_000;
/**
 * The largest order total (and so payment) accepted: 10 billion in the main unit. With it, every
 * amount an order carries is far below 2^53, and read models sum them exactly as bigint.
 */
export const MAX_ORDER_TOTAL_CENTS = 1_000_000_000_000;

/** A field error when `valid` is false, otherwise nothing. */
export function check(field: string, valid: boolean, message: string): FieldError | undefined {
  return valid ? undefined : { field, message };
}

/** The failed checks, in the order given. */
export function failedChecks(...checks: Array<FieldError | undefined>): FieldError[] {
  return checks.filter((error): error is FieldError => error !== undefined);
}

// Half of a UTF-16 surrogate pair, which no encoding of Unicode can store.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether PostgreSQL can store the text as it is: no NUL character, no broken Unicode. */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/** A field error for text that cannot be stored; `label` names it, e.g. "The name". */
export function checkStorable(field: string, value: string, label: string): FieldError | undefined {
  return check(
    field,
    isStorableText(value),
    `${label} must not contain a NUL character or a broken Unicode character.`,
  );
}

/** Length in characters (Unicode code points), as a user and PostgreSQL count them. */
export function charCount(value: string): number {
  return [...value].length;
}

export function hasLengthBetween(value: string, min: number, max: number): boolean {
  const length = charCount(value);
  return length >= min && length <= max;
}

export function isIntegerBetween(value: number, min: number, max: number): boolean {
  return Number.isSafeInteger(value) && value >= min && value <= max;
}

/** Ids are opaque: 1 to 200 characters. `label` names the id in the message, e.g. "The product id". */
export function checkId(field: string, value: string, label: string): FieldError | undefined {
  return (
    check(
      field,
      hasLengthBetween(value, 1, MAX_ID_LENGTH),
      `${label} must be 1 to ${MAX_ID_LENGTH} characters long.`,
    ) ?? checkStorable(field, value, label)
  );
}

/**
 * The input that fails a client's `commandId`, if any: the id any command may carry, 1 to 128
 * characters PostgreSQL can store (it is stored with the command's result).
 */
export function invalidCommandId(commandId: string): DomainError | undefined {
  const error =
    check(
      'commandId',
      hasLengthBetween(commandId, 1, MAX_COMMAND_ID_LENGTH),
      `The commandId must be 1 to ${MAX_COMMAND_ID_LENGTH} characters long.`,
    ) ?? checkStorable('commandId', commandId, 'The commandId');
  return error ? invalidInput([error]) : undefined;
}

export function checkExpectedVersion(value: number | null | undefined): FieldError | undefined {
  return check(
    'expectedVersion',
    value === null || value === undefined || isIntegerBetween(value, 0, Number.MAX_SAFE_INTEGER),
    'The expected version must be a whole number of 0 or more.',
  );
}
