import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * A request whose parameters Yoga cannot read is the client's error (400 BAD_REQUEST), not the
 * server's. Yoga words most of them itself; the JSON in a GET's (or a form's) `variables` or
 * `extensions` it parses bare, and a broken one would otherwise be masked as a 500 and logged as
 * unexpected. The message quotes nothing of what was sent.
 */
export function useReadableParams(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (error instanceof SyntaxError) {
            throw new GraphQLError('The variables and extensions parameters must be JSON objects.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          throw error;
        }
      });
    },
  };
}
