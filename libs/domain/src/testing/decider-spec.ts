import { expect } from 'vitest';
import type { Decision, StreamWrite } from '../decision';
import type { DomainError, FieldError } from '../errors';
import { eventStreams, type EventStreams, type History } from './event-streams';

/**
 * Given/when/then specifications for a decider, after Emmett's DeciderSpecification:
 *
 *   const given = deciderSpec({ decide: restockProduct, load: ..., subjectOf: (cmd) => cmd.productId });
 *   given({ [productId]: [registered] }).when(restock).then([write]);
 *   given({}).when(restock).thenError({ kind: 'NotFoundError', id: productId });
 */
export interface DeciderSpecDefinition<C, S> {
  decide: (command: C, state: S) => Decision;
  /** The state the decider is given, loaded from the past events as the write gateway loads it. */
  load: (command: C, streams: EventStreams) => S;
  /** The id an accepted decision names as its subject (and subject stream). */
  subjectOf: (command: C) => string;
}

/** A message to expect: exactly this string, or matching this pattern. Left out: any English sentence. */
export type ExpectedMessage = string | RegExp;

type Expected<E> = E extends { fields: FieldError[] }
  ? Omit<E, 'message' | 'fields'> & {
      message?: ExpectedMessage;
      fields: Array<{ field: string; message?: ExpectedMessage }>;
    }
  : Omit<E, 'message'> & { message?: ExpectedMessage };

/** A domain error as a test expects it: every field exact, messages optional. */
export type ExpectedError = Expected<DomainError>;

export interface DeciderWhen {
  /** The command is accepted with exactly these writes (`[]`: accepted, nothing changes). */
  then(writes: StreamWrite[]): void;
  /** The command is rejected with exactly this error. */
  thenError(error: ExpectedError): void;
}

export function deciderSpec<C, S>(definition: DeciderSpecDefinition<C, S>) {
  return function given(history: History = {}): { when(command: C): DeciderWhen } {
    return {
      when(command) {
        const decide = () => decideTwice(definition, command, history);
        return {
          then(writes) {
            const subjectId = definition.subjectOf(command);
            expect(decide()).toStrictEqual({ ok: true, subjectId, subjectStreamId: subjectId, writes });
          },
          thenError(error) {
            const decision = decide();
            if (decision.ok) {
              expect.fail(
                `Expected ${error.kind}, but the command was accepted with ${JSON.stringify(decision)}`,
              );
            }
            expect(decision).toStrictEqual({ ok: false, error: withActualMessages(error, decision.error) });
          },
        };
      },
    };
  };
}

/** Deciding is pure: on frozen inputs, twice, with the same answer. */
function decideTwice<C, S>(definition: DeciderSpecDefinition<C, S>, command: C, history: History): Decision {
  const run = () => {
    const state = definition.load(command, eventStreams(history));
    return definition.decide(deepFreeze(structuredClone(command)), deepFreeze(state));
  };
  const first = run();
  expect(run(), 'the same command on the same state decides the same').toStrictEqual(first);
  return first;
}

const SENTENCE = /^[A-Z].*\.$/s;

/** The expected error with the actual messages wherever they fit what was expected, so one diff shows all. */
function withActualMessages(expected: ExpectedError, actual: DomainError): unknown {
  const message = resolveMessage(expected.message, actual.message);
  if (!('fields' in expected)) return { ...expected, message };
  const actualFields = actual.kind === 'ValidationError' ? actual.fields : [];
  const fields = expected.fields.map((field, index) => ({
    field: field.field,
    message: resolveMessage(field.message, actualFields[index]?.message),
  }));
  return { ...expected, message, fields };
}

function resolveMessage(expected: ExpectedMessage | undefined, actual: string | undefined): string {
  if (typeof expected === 'string') return expected;
  const pattern = expected ?? SENTENCE;
  return actual !== undefined && pattern.test(actual) ? actual : `a message matching ${String(pattern)}`;
}

function deepFreeze<T>(value: T): T {
  if (value instanceof Map) {
    for (const entry of value.values() as Iterable<unknown>) deepFreeze(entry);
  }
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const nested of Object.values(value) as unknown[]) deepFreeze(nested);
  }
  return value;
}
