import {
  createAuthenticator,
  devTokens,
  namesLoopback,
  type AuthConfig,
  type Authenticator,
  type DevTokens,
} from '@sluice/auth';
import type { YogaServerOptions } from 'graphql-yoga';
import { authPlugins } from './auth-plugins';
import { CallerResolver } from './caller-context';
import type { Logger } from './logger';
import type { GatewayMetrics } from './metrics';
import { originPolicy } from './origin-policy';
import { useReadableParams } from './readable-params';
import { RequestLogging } from './request-logging';

/** What every gateway takes about who may call it and how. */
export interface EdgeOptions {
  auth: AuthConfig;
  /** Browser origins allowed besides the gateway's own. @default [] */
  corsOrigins?: readonly string[];
  /** GraphiQL off (unless graphiql says on) and introspection for operators only. @default false */
  production?: boolean;
  /** @default !production */
  graphiql?: boolean;
  /**
   * The address the gateway listens on: the embedded default's dev tokens (GraphiQL signed in as
   * an operator) only on this machine's loopback. @default every interface
   */
  host?: string;
  /** Verifies tokens in place of the one made from `auth` (the bench measures verification with it). */
  authenticator?: Authenticator;
  /** Where GraphQL operations are counted, and /metrics served from. */
  metrics?: GatewayMetrics;
  /** The gateway's logger; each request logs with a child of it that carries the request's id. */
  logger: Logger;
}

type GraphiQLOptions = Exclude<
  NonNullable<YogaServerOptions<object, object>['graphiql']>,
  boolean | ((...args: never[]) => unknown)
>;

export interface GatewayEdge {
  callers: CallerResolver;
  /** Each request's id (x-request-id) and logger. */
  requests: RequestLogging;
  /** Dev tokens, on the embedded default only. */
  dev: DevTokens | undefined;
  /** Yoga's options for the edge: CORS, GraphiQL, and the plugins that go first. */
  yoga: Pick<
    YogaServerOptions<object, object>,
    'cors' | 'graphiql' | 'renderGraphiQL' | 'maxRequestBodySize'
  > & {
    plugins: NonNullable<YogaServerOptions<object, object>['plugins']>;
  };
}

/**
 * The edge both gateways share: an id and a logger for each request, tokens verified once per
 * request, CORS by an allowlist, GraphiQL (served whole, with no CDN; signed in as an operator on
 * the embedded default) and introspection per the environment.
 */
export function gatewayEdge(options: EdgeOptions, graphiql: GraphiQLOptions): GatewayEdge {
  const callers = new CallerResolver(options.authenticator ?? createAuthenticator(options.auth));
  const dev = devTokens(options.auth, options.host);
  if (!dev && options.auth.keys.kind === 'dev')
    options.logger.warn('dev sign-in is off: the gateway listens beyond this machine (HOST)', {
      host: options.host ?? '0.0.0.0',
      tokens: 'npm run token -- <operator|customer|analyst> [sub], on this machine',
    });
  const production = options.production ?? false;
  const origins = originPolicy(options.corsOrigins ?? []);
  const requests = new RequestLogging(options.logger);
  const withToken = async (request: Request): Promise<GraphiQLOptions> =>
    dev && openedByThisMachine(request)
      ? {
          ...graphiql,
          headers: JSON.stringify({ Authorization: `Bearer ${await dev.sign('operator')}` }, null, 2),
        }
      : graphiql;
  return {
    callers,
    requests,
    dev,
    yoga: {
      cors: origins.cors,
      graphiql: (options.graphiql ?? !production) ? withToken : false,
      renderGraphiQL: renderWholeGraphiQL,
      // The HTTP server in front (http-server.ts) refuses an oversized or undeclared body before
      // Yoga reads a byte. Yoga's own limit would pipe every body through a stream that counts
      // it, about 70 µs a request (bench/README, "Every request's body read once").
      maxRequestBodySize: false,
      plugins: [
        // First, so that whatever the others refuse or log is under the request's id.
        requests.plugin(),
        useReadableParams(),
        origins.plugin,
        ...authPlugins({ callers, introspectionForOperatorsOnly: production }),
        ...(options.metrics ? [options.metrics.yogaPlugin()] : []),
      ],
    },
  };
}

/**
 * Whether GraphiQL's page was asked for from this machine's own pages or none: by a loopback name
 * (a DNS-rebinding page reaches the loopback too, by its own name), and not by another site's page
 * (whose fetch an allowed origin, or CORS_ORIGINS=*, could read). A browser's cross-origin fetch
 * carries its Origin, and says cross-site or same-site in Sec-Fetch-Site; a navigation, a tool
 * or a script carries neither.
 */
function openedByThisMachine(request: Request): boolean {
  const host = request.headers.get('host') ?? undefined;
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  return (
    namesLoopback(host) &&
    (origin === null || origin === `http://${host}`) &&
    (site === null || site === 'none' || site === 'same-origin')
  );
}

/**
 * GraphiQL with its code in the page: it loads with no CDN, so offline, air-gapped and under a
 * strict CSP. The bundle (~9 MB) is imported on the first page asked for, so a gateway without
 * GraphiQL, or before anyone opens it, does not carry it.
 */
const renderWholeGraphiQL: NonNullable<YogaServerOptions<object, object>['renderGraphiQL']> = async (
  options,
) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options);
