import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export type Operation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
};

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL error the server returned (bad input, STALE_READ, UNAUTHENTICATED...), with its code. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

/**
 * One typed query or mutation over HTTP, with the given headers (the caller's Authorization);
 * domain failures come back as data, anything else throws.
 */
export async function request<TResult, TVariables>(
  url: string,
  operation: Operation<TResult, TVariables>,
  variables: TVariables,
  headers: Readonly<Record<string, string>> = {},
): Promise<TResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...headers,
    },
    body: JSON.stringify({ query: operation.toString(), variables }),
  });
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<TResult>;
  const firstError = body.errors?.[0];
  if (firstError) throw new GraphQLRequestError(firstError.message, firstError.extensions?.code);
  if (!body.data)
    throw new GraphQLRequestError(`The gateway answered ${response.status} without data`, undefined);
  return body.data;
}
