import type { InputObjectRef, ObjectRef, UnionRef } from '@pothos/core';
import type { Caller, CallerScopes } from '@sluice/auth';
import { invalidCommandId, unstorableInput, type DomainError } from '@sluice/domain';
import type { CommandResult } from '../commands/command-result';
import type { CommandSpec } from '../commands/command-runner';
import type { DomainReaders } from '../commands/domain-readers';
import { builder, type WriteSchemaTypes as SchemaTypes } from './builder';
import { CommandAcceptedRef } from './command-accepted';

/** A result union: CommandAccepted plus the domain errors this command can answer with. */
export function resultUnion(
  name: string,
  errors: ReadonlyArray<ObjectRef<SchemaTypes, DomainError>>,
): UnionRef<SchemaTypes, CommandResult> {
  return builder.unionType(name, {
    types: [CommandAcceptedRef, ...errors],
    resolveType: (result) => result.kind,
  });
}

/** Defines one mutation: its input becomes a command that the runner executes. */
export function commandMutation<Input extends { commandId?: string | number | null }>(
  name: string,
  options: {
    description?: string;
    input: InputObjectRef<SchemaTypes, Input>;
    result: UnionRef<SchemaTypes, CommandResult>;
    /** Who may send it: any one of these scopes. */
    allowed: ReadonlyArray<keyof CallerScopes>;
    command: (
      readers: DomainReaders,
      input: Omit<Input, 'commandId'>,
      at: string,
      caller: Caller,
    ) => CommandSpec;
  },
): void {
  builder.mutationField(name, (t) =>
    t.field({
      type: options.result,
      ...(options.description ? { description: options.description } : {}),
      args: { input: t.arg({ type: options.input, required: true }) },
      authScopes: Object.fromEntries(options.allowed.map((scope) => [scope, true])),
      resolve: (_root, args, context) => {
        // Pothos cannot narrow args of a generic input ref; the ref above guarantees the shape.
        const { commandId, ...rest } = (args as { input: Input }).input;
        const id = commandId == null ? null : String(commandId);
        const refused = unstorableInput(rest) ?? (id === null ? undefined : invalidCommandId(id));
        if (refused) return refused;
        const at = context.now().toISOString();
        return context.runner.run(options.command(context.readers, rest, at, context.caller), {
          commandId: id,
          actor: context.caller,
          correlationId: context.requestId,
          at,
        });
      },
    }),
  );
}
