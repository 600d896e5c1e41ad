import SchemaBuilder from '@pothos/core';
import type { ReadContext } from './read-context';

export interface ReadSchemaOptions {
  Context: ReadContext;
  DefaultFieldNullability: false;
  Scalars: {
    Position: { Input: string; Output: bigint | string };
    SafeInt: { Input: number; Output: number };
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
}

/** The resolved Pothos types, for helpers that take refs of this builder. */
export type ReadSchemaTypes = PothosSchemaTypes.ExtendDefaultTypes<ReadSchemaOptions>;

/** Plugins and scalar typings only; each type lives in its own file. */
export const builder = new SchemaBuilder<ReadSchemaOptions>({ defaultFieldNullability: false });
