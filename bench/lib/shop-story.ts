import { randomUUID } from 'node:crypto';
import { postGraphQL, writeMutationInputs } from '@sluice/testing';

/** The eight mutations of the write gateway, with their input types. */
export const commands = writeMutationInputs;

export type Command = keyof typeof commands;

/** A CommandAccepted as the bench reads it: where each stream it wrote ended. */
export interface AcceptedCommand {
  /** The product or order it acted on. */
  id: string;
  /** Position of the command's last event. */
  position: bigint;
  /** Position of the last event on each stream written, by stream id. */
  streams: ReadonlyMap<string, bigint>;
}

interface AcceptedFields {
  __typename: string;
  id?: string;
  position?: string;
  streams?: Array<{ streamId: string; position: string }>;
  message?: string;
}

const queries = new Map(
  Object.entries(commands).map(([command, input]) => [
    command,
    `mutation ($input: ${input}!) { result: ${command}(input: $input) {
      __typename ... on CommandAccepted { id position streams { streamId position } } ... on Error { message } } }`,
  ]),
);

/** Sends one mutation over HTTP with the given headers; anything but CommandAccepted throws. */
export async function sendCommand(
  url: string,
  headers: Record<string, string>,
  command: Command,
  input: Record<string, unknown>,
): Promise<AcceptedCommand> {
  const response = await postGraphQL<{ result: AcceptedFields }>(
    url,
    queries.get(command)!,
    { input },
    headers,
  );
  const result = response.data?.result;
  if (result?.__typename !== 'CommandAccepted' || !result.id || !result.position || !result.streams)
    throw new Error(`${command} was not accepted: ${JSON.stringify(response)}`);
  return {
    id: result.id,
    position: BigInt(result.position),
    streams: new Map(result.streams.map((s) => [s.streamId, BigInt(s.position)])),
  };
}

/** What a command acted on in a story: the story's product, and the order when it has one. */
export interface StorySubjects {
  productId: string;
  orderId?: string;
}

/** Runs one command of a story; resolves with what it wrote. */
export type RunCommand = (
  command: Command,
  input: Record<string, unknown>,
  subjects: (accepted: AcceptedCommand) => StorySubjects,
) => Promise<AcceptedCommand>;

/** Commands in one shop story; every mutation is among them (placeOrder twice). */
export const storyLength = 9;

/**
 * One product's life, every mutation in it: registered, repriced, restocked, ordered, paid,
 * shipped, ordered again, cancelled, discontinued. Each command waits for the previous one.
 */
export async function shopStory(run: RunCommand, customerId: string): Promise<void> {
  const sku = `PATH-${randomUUID().slice(0, 13).toUpperCase()}`;
  const registered = await run(
    'registerProduct',
    { sku, name: sku, priceCents: 100, initialStock: 1_000_000 },
    (accepted) => ({ productId: accepted.id }),
  );
  const productId = registered.id;
  const onProduct = () => ({ productId });
  await run('changeProductPrice', { productId, priceCents: 150 }, onProduct);
  await run('restockProduct', { productId, quantity: 10 }, onProduct);
  const lines = [{ productId, quantity: 2 }];
  const onOrder = (accepted: AcceptedCommand) => ({ productId, orderId: accepted.id });
  const shipped = await run('placeOrder', { customerId, lines }, onOrder);
  await run('payOrder', { orderId: shipped.id, amountCents: 300 }, onOrder);
  await run('shipOrder', { orderId: shipped.id }, onOrder);
  const cancelled = await run('placeOrder', { customerId, lines }, onOrder);
  await run('cancelOrder', { orderId: cancelled.id, reason: 'bench' }, onOrder);
  await run('discontinueProduct', { productId }, onProduct);
}
