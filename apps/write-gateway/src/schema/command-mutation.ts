import type { InputObjectRef, ObjectRef, UnionRef } from '@pothos/core';
import type { DomainError } from '@sluice/domain';
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
    command: (readers: DomainReaders, input: Omit<Input, 'commandId'>, at: string) => CommandSpec;
  },
): void {
  builder.mutationField(name, (t) =>
    t.field({
      type: options.result,
      ...(options.description ? { description: options.description } : {}),
      args: { input: t.arg({ type: options.input, required: true }) },
      resolve: (_root, args, context) => {
        // Pothos cannot narrow args of a generic input ref; the ref above guarantees the shape.
        const { commandId, ...rest } = (args as { input: Input }).input;
        const at = context.now().toISOString();
        return context.runner.run(options.command(context.readers, rest, at), {
          commandId: commandId == null ? null : String(commandId),
          correlationId: context.correlationId,
          at,
        });
      },
    }),
  );
}
