/** An error as a dead letter records it: its name, message and cause. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}${causeOf(error)}` : String(error);
}

function causeOf(error: Error): string {
  return error.cause instanceof Error ? ` (${error.cause.message})` : '';
}
