import { ConfigError, readUrl } from './config-errors';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether to export traces: only when an OTLP endpoint is set (OTEL_EXPORTER_OTLP_ENDPOINT, or the
 * traces-only OTEL_EXPORTER_OTLP_TRACES_ENDPOINT), and OTEL_SDK_DISABLED is not true. The other
 * OTEL_* variables are read by OpenTelemetry's SDK itself when tracing starts.
 */
export function readTracingEnabled(env: Env): boolean {
  const endpoint =
    readUrl(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', ['http:', 'https:']) ??
    readUrl(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', ['http:', 'https:']);
  const disabled = env.OTEL_SDK_DISABLED?.trim().toLowerCase();
  if (disabled !== undefined && disabled !== '' && disabled !== 'true' && disabled !== 'false') {
    throw new ConfigError(`OTEL_SDK_DISABLED must be true or false, got "${env.OTEL_SDK_DISABLED}"`);
  }
  return endpoint !== undefined && disabled !== 'true';
}
