/**
 * Why a reader following this log never skips an event.
 *
 * A sequence-numbered log is unsafe to follow: transaction A takes position 10, B takes 11,
 * B commits first, a reader reads 11 and moves on; A then commits 10 behind it, never to be read.
 *
 * Here a position is `xid × 65536 + i`, where `xid` is the writing transaction's id
 * (`pg_current_xact_id()`), taken inside that transaction. Each query reads only positions
 * below `xmin × 65536`, where `xmin` is its own snapshot's xmin: the oldest transaction still in
 * progress when the snapshot was taken. Then:
 *  1. every transaction with an id below xmin has finished, so each of its events is either
 *     visible to this snapshot (committed) or will never exist (aborted): the query returns all
 *     of them, and nothing below the bound can change later;
 *  2. a transaction that starts later gets an id at or above the next id to assign, which is at
 *     least xmin, so its events land at or above the bound.
 * Hence the events a reader has not yet seen always sit above the last position it took, and
 * "everything after P, up to the bound" is final when it is read. Applied to each query, a
 * reader following the log neither skips nor duplicates. The price: an event becomes readable
 * only once every older transaction that holds an id has ended (transaction ids are cluster-wide,
 * so a long transaction anywhere on the server delays readers, never misorders them).
 *
 * The order is the column's, named with its table: a bare `position` in ORDER BY would be the
 * text output column, whose order breaks where positions gain a digit (skipping events there).
 *
 * The query is the function `sluice_read_all_after` (migration 0004), where the planner is told
 * to walk the log's index in order: the migration says why.
 */
export const READ_ALL_AFTER_CALL = 'sluice_read_all_after($1::text::bigint, $2::int)';
