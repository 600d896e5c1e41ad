import { GraphQLError } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { LogLines } from '@sluice/testing';
import { createConsoleLogger, type Logger } from './logger';
import { maskedErrors } from './masked-errors';

function recordingLogger() {
  const lines = new LogLines();
  return { logger: createConsoleLogger('masking-test', { destination: lines }), errors: lines.entries };
}

function yogaThatThrows(error: Error, logger: Logger) {
  return createYoga({
    schema: createSchema({
      typeDefs: 'type Query { boom: String }',
      resolvers: {
        Query: {
          boom: () => {
            throw error;
          },
        },
      },
    }),
    maskedErrors: maskedErrors(logger),
    logging: false,
  });
}

async function ask(yoga: ReturnType<typeof yogaThatThrows>) {
  const response = await yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ boom }' }),
  });
  return (await response.json()) as { errors: Array<{ message: string; extensions?: { code?: string } }> };
}

describe('maskedErrors', () => {
  it('masks an unexpected error from clients and logs it with its stack', async () => {
    const { logger, errors } = recordingLogger();
    const body = await ask(yogaThatThrows(new Error('database password is hunter2'), logger));
    expect(body.errors[0]!.message).toBe('Unexpected error.');
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.stack).toContain('database password is hunter2');
  });

  it('lets a deliberate GraphQLError with a code through and does not log it', async () => {
    const { logger, errors } = recordingLogger();
    const body = await ask(
      yogaThatThrows(new GraphQLError('Too late', { extensions: { code: 'STALE_READ' } }), logger),
    );
    expect(body.errors[0]).toMatchObject({ message: 'Too late', extensions: { code: 'STALE_READ' } });
    expect(errors).toHaveLength(0);
  });
});
