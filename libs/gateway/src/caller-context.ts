import type { Authenticator, Caller } from '@sluice/auth';

/** What a transport hands Yoga: an HTTP request, or a socket whose caller was verified at connect. */
export interface CallerSource {
  request?: Request;
  caller?: Caller;
}

/**
 * The caller of each request, verified once per request however many of Yoga's hooks ask
 * (the edge check, validation for introspection, the context).
 */
export class CallerResolver {
  private readonly pending = new WeakMap<Request, Promise<Caller>>();
  private readonly verified = new WeakMap<Request, Caller>();

  constructor(private readonly authenticator: Authenticator) {}

  /** Rejects with AuthenticationError for a token that is present but not valid. */
  of(source: CallerSource): Promise<Caller> {
    if (source.caller) return Promise.resolve(source.caller);
    const request = source.request;
    if (!request) return this.authenticator.authenticate(undefined);
    let caller = this.pending.get(request);
    if (!caller) {
      caller = this.authenticator.authenticate(request.headers.get('authorization'));
      void caller.then(
        (known) => this.verified.set(request, known),
        () => undefined,
      );
      this.pending.set(request, caller);
    }
    return caller;
  }

  /** The caller of a request whose verification has finished, if it succeeded. */
  settled(request: Request): Caller | undefined {
    return this.verified.get(request);
  }

  /** Verifies an Authorization value on its own, as a socket does at connect. */
  authenticate(authorization: string | null | undefined): Promise<Caller> {
    return this.authenticator.authenticate(authorization);
  }
}
