import { postGraphQL } from './graphql-http';
import { authHeader } from './test-auth';

export interface Accepted {
  id: string;
  /** Where the command's last event landed: the atLeast for reading it back. */
  position: string;
}

/** The write gateway's eight mutations, each with its input type. */
export const writeMutationInputs = {
  registerProduct: 'RegisterProductInput',
  changeProductPrice: 'ChangeProductPriceInput',
  restockProduct: 'RestockProductInput',
  discontinueProduct: 'DiscontinueProductInput',
  placeOrder: 'PlaceOrderInput',
  payOrder: 'PayOrderInput',
  shipOrder: 'ShipOrderInput',
  cancelOrder: 'CancelOrderInput',
} as const;

export type WriteCommand = keyof typeof writeMutationInputs;

/**
 * Real mutations over HTTP against a running write gateway, as an operator signed with the test
 * secret unless other headers are given; anything but CommandAccepted throws.
 */
export function writeClient(url: string, headers?: Record<string, string>) {
  async function send(command: WriteCommand, input: Record<string, unknown>): Promise<Accepted> {
    const query = `mutation ($input: ${writeMutationInputs[command]}!) {
      result: ${command}(input: $input) { __typename ... on CommandAccepted { id position } ... on Error { message } }
    }`;
    const response = await postGraphQL<{ result: { __typename: string } & Partial<Accepted> }>(
      url,
      query,
      { input },
      headers ?? (await authHeader('operator')),
    );
    const result = response.data?.result;
    if (result?.__typename !== 'CommandAccepted' || !result.id || !result.position)
      throw new Error(`${command} was not accepted: ${JSON.stringify(response)}`);
    return { id: result.id, position: result.position };
  }
  return {
    send,
    registerProduct: (input: {
      sku: string;
      name: string;
      priceCents: number;
      initialStock?: number;
      category?: string;
    }) => send('registerProduct', input),
    placeOrder: (customerId: string, lines: Array<{ productId: string; quantity: number }>) =>
      send('placeOrder', { customerId, lines }),
  };
}

export type WriteClient = ReturnType<typeof writeClient>;
