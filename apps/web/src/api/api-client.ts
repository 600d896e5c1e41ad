import type { GatewayConfig } from './gateway-config';
import { GraphQLRequestError, request, type Operation } from './graphql-http';

/** A token refused by the gateways: wrong, expired or revoked. Only a signed-in client sees one. */
export const UNAUTHENTICATED = 'UNAUTHENTICATED';

/**
 * Both gateways as one signed-in (or anonymous) user: every request carries their token, and a
 * refusal of that token is reported once through `onRefused` before the error is thrown on.
 */
export class ApiClient {
  private readonly headers: Readonly<Record<string, string>>;

  constructor(
    private readonly gateways: GatewayConfig,
    token: string | undefined,
    private readonly onRefused: (message: string) => void,
  ) {
    this.headers = token ? { authorization: `Bearer ${token}` } : {};
  }

  read<TResult, TVariables>(
    operation: Operation<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    return this.send(this.gateways.readUrl, operation, variables);
  }

  write<TResult, TVariables>(
    operation: Operation<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    return this.send(this.gateways.writeUrl, operation, variables);
  }

  private async send<TResult, TVariables>(
    url: string,
    operation: Operation<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    try {
      return await request(url, operation, variables, this.headers);
    } catch (error) {
      const signedIn = 'authorization' in this.headers;
      if (signedIn && error instanceof GraphQLRequestError && error.code === UNAUTHENTICATED)
        this.onRefused(error.message);
      throw error;
    }
  }
}
