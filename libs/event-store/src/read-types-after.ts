/**
 * The log filtered to some types, in position order, within the bound of read-all-after.ts: below
 * `xmin × 65536` of the query's own snapshot, so what it returns below the bound is final and a
 * reader paging through it neither skips nor repeats an event, as with the whole log. The filter
 * only drops rows from that same final range, so a page that comes back short or empty means
 * there is no event of those types between the position and the bound.
 *
 * The query is the function `sluice_read_types_after` (migration 0006): each type is read on the
 * (type, position) index in order, up to the limit, and the pages merged; the migration says why.
 * Types reach it as a JSON array, as the append's events do, the same on both drivers.
 */
export const READ_TYPES_AFTER_CALL = `sluice_read_types_after($1::text::bigint,
  array(select jsonb_array_elements_text($2::text::jsonb)), $3::int)`;
