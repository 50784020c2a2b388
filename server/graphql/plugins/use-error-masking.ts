/** Shapes every execution and subscription error with toClientError, with the request id in the log. */
import type { ExecutionResult, GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../context.ts';
import { toClientError } from '../to-client-error.ts';

export function useErrorMasking(): Plugin<GraphQLContext> {
  const shape = (context: GraphQLContext) => ({ result, setResult }: { result: ExecutionResult; setResult: (r: ExecutionResult) => void }) => {
    if (!result.errors?.length) return;
    setResult({ ...result, errors: result.errors.map((e: GraphQLError) => toClientError(e, context.requestId, context.logger)) });
  };
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: (payload) => handleStreamOrSingleExecutionResult(payload, shape(args.contextValue as GraphQLContext)),
    }),
    onSubscribe: ({ args }) => ({
      onSubscribeResult: (payload) => handleStreamOrSingleExecutionResult(payload, shape(args.contextValue as GraphQLContext)),
    }),
  };
}
