import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder';
import './scalars';
import './health';
import './me';
import './product-mutations';
import './order-mutations';

builder.queryType({});
builder.mutationType({});

let schema: GraphQLSchema | undefined;

/** The write gateway's schema, built once from the Pothos definitions. */
export function writeSchema(): GraphQLSchema {
  schema ??= builder.toSchema();
  return schema;
}

export function printWriteSchema(): string {
  return printSchema(lexicographicSortSchema(writeSchema()));
}
