import SchemaBuilder from '@pothos/core';
import type { WriteContext } from './write-context';

export interface WriteSchemaOptions {
  Context: WriteContext;
  DefaultFieldNullability: false;
  Scalars: {
    Position: { Input: string; Output: bigint | string };
    SafeInt: { Input: number; Output: number };
  };
}

/** The resolved Pothos types, for helpers that take refs of this builder. */
export type WriteSchemaTypes = PothosSchemaTypes.ExtendDefaultTypes<WriteSchemaOptions>;

/** Plugins and scalar typings only; each type lives in its own file. */
export const builder = new SchemaBuilder<WriteSchemaOptions>({ defaultFieldNullability: false });
