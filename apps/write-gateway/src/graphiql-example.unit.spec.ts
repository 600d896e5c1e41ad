import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphiqlExample } from './graphiql-example';
import { writeSchema } from './schema';

describe('the GraphiQL example', () => {
  it('is valid against the schema the gateway serves', () => {
    expect(validate(writeSchema(), parse(graphiqlExample)).map((error) => error.message)).toEqual([]);
  });
});
