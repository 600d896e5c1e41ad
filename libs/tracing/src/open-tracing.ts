import type { Tracing } from './tracing';

/**
 * Tracing as configured: when `enabled` (an OTLP endpoint is set), started with OTLP export under
 * `serviceName`. Otherwise nothing at all: no tracer provider is registered and the SDK is not
 * even loaded; every seam then checks for a tracer and does nothing else.
 */
export async function openTracing(enabled: boolean, serviceName: string): Promise<Tracing | undefined> {
  if (!enabled) return undefined;
  const { startTracing } = await import('./start-tracing');
  return startTracing({ serviceName });
}
