import { GraphQLError } from 'graphql';

/** The limits on one operation, each with the code its refusal carries. */
export const limitCodes = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  directives: 'TOO_MANY_DIRECTIVES',
  tokens: 'QUERY_TOO_LARGE',
  cost: 'QUERY_TOO_COMPLEX',
} as const;

export type LimitName = keyof typeof limitCodes;

/**
 * The refusal of an operation over a limit, the same on every transport: it names the limit, its
 * value and the operation's figure (when counted to the end), in the message and in
 * `extensions.limit`, with a code per limit. Over HTTP it is a request error (400).
 */
export function limitRefusal(limit: LimitName, max: number, found?: number): GraphQLError {
  const figure = found ?? `more than ${max}`;
  return new GraphQLError(
    `Query rejected: it exceeds the limits of this server (${limit}: ${figure}, limit ${max}).`,
    {
      extensions: {
        code: limitCodes[limit],
        limit: found === undefined ? { name: limit, max } : { name: limit, max, found },
        http: { status: 400 },
      },
    },
  );
}
