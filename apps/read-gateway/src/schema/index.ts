import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder';
import './scalars';
import './product';
import './order';
import './sales-stats';
import './sales-timeline';
import './projection-status';
import './relay-status';
import './dead-letter-mutations';
import './event';
import './history';
import './me';

builder.queryType({});
builder.subscriptionType({});
builder.mutationType({
  description: "The read side's own operations, for operators: the shop's commands go to the write gateway.",
});

let schema: GraphQLSchema | undefined;

/** The read gateway's schema, built once from the Pothos definitions. */
export function readSchema(): GraphQLSchema {
  schema ??= builder.toSchema();
  return schema;
}

export function printReadSchema(): string {
  return printSchema(lexicographicSortSchema(readSchema()));
}
