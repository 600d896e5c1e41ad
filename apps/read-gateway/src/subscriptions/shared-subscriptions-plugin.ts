import type { Caller } from '@sluice/auth';
import type { ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { SubscriberTransport } from '../live-feed';
import type { LiveOperations, SubscribeResult } from './live-operations';
import { operationKey, type RootField } from './operation-key';
import { isPublicField, subscriberView, type SubscriberView } from './subscriber-view';

export interface SharedSubscriptionsOptions<Context> {
  /** Where the shared executions run; its queue limit applies to each subscriber. */
  operations: LiveOperations;
  /**
   * The context a shared execution runs with, as the view its subscribers share. It takes nothing
   * else from any subscriber, so nothing of one connection can reach another's results: what a
   * subscriber's own context adds (its token, its connection, its request) serves only that
   * subscriber's authorization and pacing.
   */
  sharedContext: (viewer: Caller) => Context;
  /** Root fields whose results depend on more than the operation, e.g. a replay for one subscriber. */
  runsAlone: (field: RootField) => boolean;
}

/**
 * Executes each change once per distinct live operation, whatever the number of its
 * subscribers, on either transport. Parsing, validation and the limits still run for every
 * subscribe, and each subscriber's results still pass through the plugins after this one (error
 * masking) on their own; only the execution of the operation for each change is shared.
 */
export function useSharedSubscriptions<Context extends { transport?: SubscriberTransport; caller: Caller }>(
  options: SharedSubscriptionsOptions<Context>,
): Plugin<Context> {
  return {
    onSubscribe(hook) {
      // Envelop types these loosely (any); they are graphql-js's.
      const args: ExecutionArgs & { contextValue: Context } = hook.args;
      const subscribeFn: (args: ExecutionArgs) => Promise<SubscribeResult> = hook.subscribeFn;
      let view: SubscriberView | undefined;
      const key = operationKey(args, options.runsAlone, (fields) => {
        view = subscriberView(
          args.contextValue.caller,
          fields.every((field) => isPublicField(field.definition)),
        );
        return view.key;
      });
      if (key === undefined || view === undefined) return;
      const viewer = view.caller;
      const { schema, document, operationName, variableValues } = args;
      // Only the operation: the subscriber's context and its request's abort signal stay out.
      const subscribe = () =>
        subscribeFn({
          schema,
          document,
          operationName,
          variableValues,
          contextValue: options.sharedContext(viewer),
        });
      hook.setSubscribeFn(() => options.operations.join(key, args.contextValue.transport, subscribe));
    },
  };
}
