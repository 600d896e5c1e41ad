import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import type { OperationResult } from './event-stream';
import type { OperationParams } from './operation-params';

/** yoga.getEnveloped() as used here (its own typing is loose). */
export interface Enveloped {
  schema: GraphQLSchema;
  contextFactory: () => Promise<unknown>;
  parse: (source: string) => DocumentNode;
  validate: (schema: GraphQLSchema, document: DocumentNode) => readonly GraphQLError[];
  execute: (args: ExecutionArgs) => Promise<OperationResult> | OperationResult;
  subscribe: (args: ExecutionArgs) => Promise<OperationResult> | OperationResult;
}

/**
 * One operation through Yoga's envelope, as Yoga runs one over HTTP: the same parsing,
 * validation, limits, context (the caller of this request's token), permissions, masking and
 * shared subscriptions. A refusal before execution is answered as a result, never thrown.
 */
export async function runOperation(enveloped: Enveloped, params: OperationParams): Promise<OperationResult> {
  let document: DocumentNode;
  try {
    document = enveloped.parse(params.query);
  } catch (error) {
    // Parse errors, the token limit, a mutation over GET: all GraphQLErrors raised on purpose.
    if (error instanceof GraphQLError) return { errors: [error] };
    throw error;
  }
  const errors = enveloped.validate(enveloped.schema, document);
  if (errors.length > 0) return { errors };
  const args: ExecutionArgs = {
    schema: enveloped.schema,
    document,
    contextValue: await enveloped.contextFactory(),
    variableValues: params.variables,
    operationName: params.operationName,
  };
  const operation = getOperationAST(document, params.operationName);
  return operation?.operation === OperationTypeNode.SUBSCRIPTION
    ? enveloped.subscribe(args)
    : enveloped.execute(args);
}
