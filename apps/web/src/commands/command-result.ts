import type { ApiClient } from '../api/api-client';
import type { Operation } from '../api/graphql-http';
import type {
  CancelOrderMutation,
  ChangeProductPriceMutation,
  DiscontinueProductMutation,
  PayOrderMutation,
  PlaceOrderMutation,
  RegisterProductMutation,
  RestockProductMutation,
  ShipOrderMutation,
} from '../generated/write/graphql';

/** Field path (e.g. "lines.1.quantity") → what is wrong with it. */
export type FieldErrors = Readonly<Record<string, string>>;

export type CommandResult =
  | { kind: 'accepted'; id: string; position: string }
  | { kind: 'invalid'; message: string; fields: FieldErrors }
  | { kind: 'rejected'; type: string; message: string };

/** Any mutation's result union, as generated from the operations in write-operations. */
export type CommandOutcome = (
  | RegisterProductMutation
  | ChangeProductPriceMutation
  | RestockProductMutation
  | DiscontinueProductMutation
  | PlaceOrderMutation
  | PayOrderMutation
  | ShipOrderMutation
  | CancelOrderMutation
)['result'];

export function toCommandResult(outcome: CommandOutcome): CommandResult {
  switch (outcome.__typename) {
    case 'CommandAccepted':
      return { kind: 'accepted', id: outcome.id, position: outcome.position };
    case 'ValidationError': {
      const fields = Object.fromEntries(outcome.fields.map(({ field, message }) => [field, message]));
      return { kind: 'invalid', message: outcome.message, fields };
    }
    default:
      return { kind: 'rejected', type: outcome.__typename, message: outcome.message };
  }
}

export async function sendCommand<TVariables>(
  api: ApiClient,
  operation: Operation<{ result: CommandOutcome }, TVariables>,
  variables: TVariables,
): Promise<CommandResult> {
  const data = await api.write(operation, variables);
  return toCommandResult(data.result);
}
