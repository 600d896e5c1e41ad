import { devTokens } from '@sluice/auth';
import type { EventStore } from '@sluice/event-store';
import { dashboardOrigins, type Logger } from '@sluice/gateway';
import { startReadSide, type ReadGatewayConfig, type RunningReadSide } from '@sluice/read-gateway';
import { startWriteSide, type WriteGatewayConfig } from '@sluice/write-gateway';
import { openInfrastructure } from '@sluice/infrastructure';
import { openTracing, type Tracing } from '@sluice/tracing';
import { serveWebApp, type GatewayPorts, type WebAppConfig } from './web/serve-web-app';

export interface RunningSystem {
  writeUrl: string;
  readUrl: string;
  /** The dashboard, when the system serves it. */
  webUrl: string | undefined;
  readSide: RunningReadSide;
  /** The log both sides share (for tests and tools that write events directly). */
  store: EventStore;
  stop(): Promise<void>;
}

/**
 * The whole system in one process: write gateway, relay, projector and read gateway. It traces
 * when an OTLP endpoint is configured, as one service (`sluice` unless OTEL_SERVICE_NAME says
 * otherwise), or into the `tracing` it is given (a test's).
 */
export async function startSystem(
  config: { write: WriteGatewayConfig; read: ReadGatewayConfig; web?: WebAppConfig },
  logger: Logger,
  options: { tracing?: Tracing } = {},
): Promise<RunningSystem> {
  const ownTracing = options.tracing ? undefined : await openTracing(config.write.tracing, 'sluice');
  const tracer = (options.tracing ?? ownTracing)?.tracer;
  const infrastructure = await openInfrastructure(config.write, logger);
  logger.info('infrastructure ready', { on: infrastructure.description });
  const { store, projections, bus } = infrastructure;
  // The dashboard listens first: the gateways allow its origin, which a free port makes known only now.
  const ports: { known?: GatewayPorts } = {};
  const web =
    config.web &&
    (await serveWebApp(
      config.web,
      () => ports.known ?? { writePort: config.write.port, readPort: config.read.port },
      devTokens(config.write.auth, config.web.host),
    ));
  const webOrigins =
    web && config.web ? [...dashboardOrigins(web.port, config.web.host), new URL(web.url).origin] : [];
  const readSide = await startReadSide({
    config: { ...config.read, corsOrigins: [...config.read.corsOrigins, ...webOrigins] },
    store,
    projections,
    bus,
    logger,
    tracer,
  });
  const writeSide = await startWriteSide({
    config: { ...config.write, corsOrigins: [...config.write.corsOrigins, ...webOrigins] },
    store,
    bus,
    logger,
    tracer,
  });
  ports.known = {
    writePort: Number(new URL(writeSide.url).port),
    readPort: Number(new URL(readSide.url).port),
  };
  return {
    writeUrl: `${writeSide.url}/graphql`,
    readUrl: `${readSide.url}/graphql`,
    webUrl: web?.url,
    readSide,
    store,
    async stop() {
      await web?.close();
      await writeSide.stop();
      await readSide.stop();
      await infrastructure.close();
      await ownTracing?.shutdown();
    },
  };
}
