import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthenticationError, hasRole, isSignedIn } from '@sluice/auth';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type { CallerResolver } from './caller-context';
import type { Logger } from './logger';

/** One value of a gauge, with its labels. */
export interface Sample {
  labels?: Record<string, string>;
  value: number;
}

/**
 * One process's Prometheus metrics, served at /metrics to operators (a bearer token with the
 * operator role, as Prometheus' `authorization` setting sends it). GraphQL operations are counted
 * by Yoga's Prometheus plugin, by type and phase only: an operation's name and an error's path are
 * the caller's words, which would leak into metrics and let a client grow them without bound.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly refused: Counter<'transport' | 'reason'>;

  constructor(
    gateway: 'write' | 'read',
    private readonly logger: Logger,
  ) {
    this.registry.setDefaultLabels({ gateway });
    this.refused = new Counter({
      name: 'sluice_refused_connections_total',
      help: 'Connections refused at the edge, by transport and reason',
      labelNames: ['transport', 'reason'],
      registers: [this.registry],
    });
  }

  /** Yoga's Prometheus plugin on this registry; /metrics itself is served by `handle`. */
  yogaPlugin(): Plugin {
    return usePrometheus({
      registry: this.registry,
      endpoint: false,
      labels: { operationName: false, path: false },
      metrics: {
        // The execute phase only: a subscription phase metric wraps every subscriber's stream,
        // and costs each push once per subscriber (subscriptions are counted by sluice_subscriptions).
        graphql_envelop_request: ['execute'],
        graphql_envelop_request_duration: ['execute'],
        graphql_envelop_error_result: ['parse', 'validate', 'context', 'execute'],
        graphql_envelop_phase_parse: true,
        graphql_envelop_phase_validate: true,
        graphql_envelop_phase_execute: true,
        graphql_envelop_phase_subscribe: false,
        // Labelled with the request's URL, a GET query's text included.
        graphql_yoga_http_duration: false,
        graphql_envelop_request_time_summary: false,
        graphql_envelop_deprecated_field: false,
        graphql_envelop_schema_change: false,
      },
    });
  }

  /** A gauge whose samples are taken at each scrape. */
  gauge(name: string, help: string, labelNames: readonly string[], collect: () => Promise<Sample[]>): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { labels, value } of await collect()) {
          if (labels) this.set(labels, value);
          else this.set(value);
        }
      },
    });
  }

  /** A counter of this registry: the function counts one, with its labels. */
  counter<Label extends string>(
    name: string,
    help: string,
    labelNames: readonly Label[],
  ): (labels: Record<Label, string>) => void {
    const counter = new Counter({ name, help, labelNames, registers: [this.registry] });
    return (labels) => counter.inc(labels);
  }

  /** Counts a connection refused at the edge. */
  refusedConnection(transport: 'http' | 'websocket', reason: string): void {
    this.refused.inc({ transport, reason });
  }

  /** A route answering GET /metrics to the operators among `callers`; false for any other request. */
  routeFor(callers: CallerResolver): (req: IncomingMessage, res: ServerResponse) => boolean {
    return (req, res) => {
      if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') return false;
      void this.answer(callers, req, res);
      return true;
    };
  }

  private async answer(callers: CallerResolver, req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const caller = await callers.authenticate(req.headers.authorization);
      if (!hasRole(caller, 'operator')) {
        const status = isSignedIn(caller) ? 403 : 401;
        return refuse(
          res,
          status,
          status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          'Metrics are for operators.',
        );
      }
      // One after the other: a merged registry would drop this one's `gateway` label.
      const text = (await processMetrics().metrics()) + (await this.registry.metrics());
      res.writeHead(200, { 'content-type': this.registry.contentType, 'cache-control': 'no-store' });
      res.end(text);
    } catch (error) {
      if (error instanceof AuthenticationError) return refuse(res, 401, 'UNAUTHENTICATED', error.message);
      this.logger.error('metrics failed', { error: String(error) });
      refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
    }
  }
}

let processRegistry: Registry | undefined;

/** The process's own metrics (CPU, memory, event loop, GC), collected once for the gateways it runs. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
