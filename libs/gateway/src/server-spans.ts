import {
  context as contexts,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  trace,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions';
import { failed, GRAPHQL_OPERATION_NAME, GRAPHQL_OPERATION_TYPE } from '@sluice/tracing';
import { getOperationAST, Kind, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Root fields named in a span's name at most: the rest are left out of it. */
const MAX_NAMED_FIELDS = 3;

/**
 * A server span for each HTTP request, continuing the client's trace when it sent a W3C
 * `traceparent` (and `tracestate`). Named by the request (`POST /graphql`), then, once the
 * operation is known, by its type and root fields (`mutation registerProduct`): fields of the
 * schema, never the client's operation name, which is kept as an attribute, so span names stay
 * few. Everything the request starts, its command among them, is the span's child.
 */
export function serverSpans(tracer: Tracer, route: string): Plugin {
  const spans = new WeakMap<Request, Span>();
  return {
    instrumentation: {
      request: ({ request }, wrapped) => {
        const parent = propagation.extract(ROOT_CONTEXT, request.headers, headerGetter);
        const span = tracer.startSpan(
          `${request.method} ${route}`,
          {
            kind: SpanKind.SERVER,
            attributes: {
              [ATTR_HTTP_REQUEST_METHOD]: request.method,
              [ATTR_HTTP_ROUTE]: route,
              [ATTR_URL_PATH]: new URL(request.url).pathname,
            },
          },
          parent,
        );
        spans.set(request, span);
        return contexts.with(trace.setSpan(parent, span), async () => {
          try {
            await wrapped();
          } catch (error) {
            failed(span, error);
            throw error;
          } finally {
            span.end();
          }
        });
      },
    },
    // Envelop types these arguments loosely (any); they are graphql-js's.
    onExecute: ({ args }: { args: ExecutionArgs }) => nameByOperation(spans, args),
    onSubscribe: ({ args }: { args: ExecutionArgs }) => nameByOperation(spans, args),
    onResponse: ({ request, response }) => {
      spans.get(request)?.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, response.status);
    },
  };
}

function nameByOperation(spans: WeakMap<Request, Span>, args: ExecutionArgs): void {
  const request = (args.contextValue as { request?: Request } | undefined)?.request;
  const span = request && spans.get(request);
  if (!span) return;
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return;
  const fields = operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.name.value] : [],
  );
  const named = [...new Set(fields)];
  const shown = named.slice(0, MAX_NAMED_FIELDS).join(',') + (named.length > MAX_NAMED_FIELDS ? ',…' : '');
  span.updateName(shown ? `${operation.operation} ${shown}` : operation.operation);
  span.setAttribute(GRAPHQL_OPERATION_TYPE, operation.operation);
  if (operation.name) span.setAttribute(GRAPHQL_OPERATION_NAME, operation.name.value);
}

const headerGetter = {
  keys: (headers: Headers) => [...headers.keys()],
  get: (headers: Headers, key: string) => headers.get(key) ?? undefined,
};
