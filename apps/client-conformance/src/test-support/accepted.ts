/** The CommandAccepted member of a mutation's result union, or a failure that shows what came instead. */
export function accepted<T extends { __typename?: string }>(
  result: T | null | undefined,
): Extract<T, { __typename: 'CommandAccepted' }> {
  if (result?.__typename !== 'CommandAccepted') throw new Error(`not accepted: ${JSON.stringify(result)}`);
  return result as Extract<T, { __typename: 'CommandAccepted' }>;
}
