/** Whether an external service a suite needs is reachable, and if not, why. */
export type Availability =
  { available: true; url: string } | { available: false; url: string; reason: string };

/**
 * Outside CI a missing service skips the suites that need it, with a one-line reason.
 * In CI (`CI=true`) the same absence must fail loudly, so this throws instead.
 */
export function settleAvailability(
  service: string,
  url: string,
  failure: unknown,
  env: NodeJS.ProcessEnv = process.env,
): Availability {
  if (failure === undefined) return { available: true, url };
  const detail = failure instanceof Error ? failure.message : JSON.stringify(failure);
  const reason = `${service} unreachable at ${redact(url)} (${detail})`;
  if (env.CI === 'true') throw new Error(`${reason}; CI=true requires it`);
  console.warn(`skipping ${service} suites: ${reason}`);
  return { available: false, url, reason };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
