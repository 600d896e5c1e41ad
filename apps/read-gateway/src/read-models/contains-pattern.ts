/**
 * An ILIKE pattern matching values that contain `search`, with LIKE's own wildcards (`%`, `_`)
 * and its escape character taken literally; undefined when the trimmed search is empty.
 */
export function containsPattern(search: string | null | undefined): string | undefined {
  const trimmed = search?.trim() ?? '';
  if (trimmed === '') return undefined;
  return `%${trimmed.replace(/[\\%_]/g, (special) => `\\${special}`)}%`;
}
