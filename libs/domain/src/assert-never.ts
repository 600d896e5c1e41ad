/** Ends every switch over a union: a member left unhandled makes the call fail to compile. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
