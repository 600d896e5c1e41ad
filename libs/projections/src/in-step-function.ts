import { createHash } from 'node:crypto';
import type { RawQuery } from '@sluice/event-store';

/** Where a statement the short path may send takes its one value (rows or ids, as JSON). */
const ARGUMENT = '$1::text::jsonb';

const known: string[] = [];

/**
 * Makes `text` (a write whose one parameter is `$1::text::jsonb`) one the in-step function can
 * run: each table's statements register themselves when they are defined.
 */
export function registerInStepStatement(text: string): void {
  if (known.includes(text)) return;
  if (!text.includes(ARGUMENT) || /\$[2-9]/.test(text))
    throw new TypeError(`an in-step statement takes its value as ${ARGUMENT} alone: ${text}`);
  known.push(text);
}

export interface InStepFunction {
  /** The statement calling it: the checkpoints' generations, from, to, channel, and the writes. */
  call: string;
  /** The statement that creates it. */
  definition: string;
  /** Its signature, to find it with to_regprocedure. */
  signature: string;
  /** The number of a statement in it; undefined for one registered after it was made. */
  numberOf(text: string): number | undefined;
}

let made: InStepFunction | undefined;

/**
 * The short path's transaction as one function, made from the statements registered by the time
 * it is first asked for. Its statements are static, so plpgsql plans each once per connection
 * (and again when the search path differs, as in a rebuild's schema); its writes come as one
 * jsonb value, parsed once. Named by a digest of its body: processes of another version of the
 * code each call their own.
 */
export function inStepFunction(): InStepFunction {
  if (made) return made;
  const statements = [...known];
  const branches = statements
    .map((text, number) => `      WHEN ${number} THEN\n        ${text.replaceAll(ARGUMENT, 'v_value')};`)
    .join('\n');
  const body = `
DECLARE
  v_write jsonb;
  v_value jsonb;
BEGIN
  PERFORM sluice_advance_checkpoints(p_generations, p_from, p_to, p_channel);
  FOR v_write IN SELECT value FROM jsonb_array_elements(p_writes) LOOP
    v_value := v_write -> 1;
    CASE (v_write ->> 0)::integer
${branches}
    END CASE;
  END LOOP;
END
`;
  const name = `sluice_in_step_${createHash('sha256').update(body).digest('hex').slice(0, 16)}`;
  const numbers = new Map(statements.map((text, number) => [text, number]));
  made = {
    call: `select ${name}($1::text::jsonb, $2::text::bigint, $3::text::bigint, $4::text, $5::text::jsonb)`,
    definition: `CREATE OR REPLACE FUNCTION ${name}(p_generations jsonb, p_from bigint, p_to bigint, p_channel text, p_writes jsonb)
RETURNS void LANGUAGE plpgsql AS $in_step$${body}$in_step$`,
    signature: `${name}(jsonb, bigint, bigint, text, jsonb)`,
    numberOf: (text) => numbers.get(text),
  };
  return made;
}

/** Creates the in-step function where the read models are, unless it is there (run under the migrations' lock). */
export async function ensureInStepFunction(query: RawQuery): Promise<void> {
  const { signature, definition } = inStepFunction();
  const [row] = await query(`select to_regprocedure($1::text) is not null as present`, [signature]);
  if (row?.present !== true) await query(definition, []);
}
