import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphiqlExample } from './graphiql-example';
import { readSchema } from './schema';

describe('the GraphiQL example', () => {
  it('is valid against the schema the gateway serves', () => {
    expect(validate(readSchema(), parse(graphiqlExample)).map((error) => error.message)).toEqual([]);
  });
});
