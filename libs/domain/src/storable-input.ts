import type { DomainError, FieldError } from './errors';
import { invalidInput } from './rejections';
import { isStorableText } from './validation';

/**
 * A command's input with text PostgreSQL cannot store (a NUL, half of a surrogate pair) anywhere
 * in it, refused as a ValidationError naming each such field by its path (`lines.0.productId`).
 * Checked before a command reads anything: an id is looked up before the decider sees it, and a
 * lookup with such text fails in the database rather than finding nothing.
 */
export function unstorableInput(input: unknown): DomainError | undefined {
  const fields: FieldError[] = [];
  collect(input, [], fields);
  return fields.length > 0 ? invalidInput(fields) : undefined;
}

function collect(value: unknown, path: readonly (string | number)[], into: FieldError[]): void {
  if (typeof value === 'string') {
    if (!isStorableText(value)) {
      const field = path.join('.');
      into.push({
        field,
        message: `The ${field} must not contain a NUL character or a broken Unicode character.`,
      });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collect(item, [...path, index], into));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collect(item, [...path, key], into);
  }
}
