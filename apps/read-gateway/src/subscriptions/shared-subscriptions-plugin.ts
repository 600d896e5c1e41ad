import type { Caller } from '@sluice/auth';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { SubscriberTransport } from '../live-feed';
import type { LiveOperations, SubscribeResult } from './live-operations';
import { maskedResults, type MaskError } from './masked-results';
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
  /** Yoga's error masking, applied once to each shared result for all its subscribers. */
  maskError: MaskError;
}

/**
 * Executes each change once per distinct live operation, whatever the number of its
 * subscribers, on either transport. Parsing, validation and the limits still run for every
 * subscribe, as do the subscribe hooks of the plugins before this one. A shared result is masked
 * once, here, and the hooks after this one are not run: Yoga's masking would otherwise wrap each
 * subscriber's stream in iterators of its own to mask the same result again for each, and that
 * was most of the cost of delivering one change to many subscribers beyond writing it to them.
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
      const subscribe = async (): Promise<SubscribeResult> => {
        try {
          const answer = await subscribeFn({
            schema,
            document,
            operationName,
            variableValues,
            contextValue: options.sharedContext(viewer),
          });
          return maskedResults(answer, options.maskError);
        } catch (error) {
          return { errors: [options.maskError(error)] };
        }
      };
      const joined = options.operations.join(key, args.contextValue.transport, subscribe);
      // Envelop awaits a promised result as it awaits a subscribe function's; its type says less.
      hook.setResultAndStopExecution(joined as unknown as ExecutionResult);
    },
  };
}
