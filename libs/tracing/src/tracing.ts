import type { Tracer } from '@opentelemetry/api';

/** A process's tracing, when on. */
export interface Tracing {
  /** What Sluice's own spans are started with; the libraries take it as a plain parameter. */
  tracer: Tracer;
  /** Sends what is still buffered, stops, and unregisters it all: the last thing a process does. */
  shutdown(): Promise<void>;
}
