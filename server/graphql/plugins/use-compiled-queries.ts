/**
 * Queries run compiled (graphql-jit): each operation of a parsed document is compiled
 * once into a function that resolves and completes the whole selection, instead of
 * graphql-js interpreting it field by field on every request. A depth-2 neighbourhood is
 * ~500 edges × 10 fields: ~5,000 field executions, ~4 ms interpreted against ~0.2 ms
 * compiled, and the compiled result is made of plain objects that JSON.stringify takes
 * on its fast path (graphql-js builds null-prototype dictionaries, about twice as slow to
 * serialise). bench/graphql-phases.bench.ts measures each phase.
 *
 * Compiled operations live in a WeakMap keyed by the parsed document, which yoga's
 * parser cache (an LRU) keeps alive while it is in use: this cache shrinks with that one.
 * Mutations and subscriptions keep the default executor (few, small, and their order of
 * effects matters more than their speed); so does any document graphql-jit declines, and
 * so do variables that do not coerce. test/graphql/compiled-queries.test.ts checks that
 * compiled answers equal the default executor's.
 */
import { getOperationAST, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/** null: run this operation with the default executor. */
type Compiled = CompiledQuery | null;

/** The compiled form of a query operation; null for mutations, subscriptions and what graphql-jit declines. */
export function compileOperation(schema: GraphQLSchema, document: DocumentNode, operationName?: string): Compiled {
  if (getOperationAST(document, operationName)?.operation !== 'query') return null;
  const compiled = compileQuery(schema, document, operationName);
  return isCompiledQuery(compiled) ? compiled : null;
}

/**
 * Run a compiled query. Variables that do not coerce come back as errors without data:
 * those go to the default executor, which words them better (the scalar's own message)
 * and marks them HTTP 400.
 */
export function executeCompiled<A extends ExecutionArgs, R>(compiled: CompiledQuery, args: A, fallback: (args: A) => R) {
  const result = compiled.query(args.rootValue, args.contextValue, args.variableValues);
  return 'then' in result || 'data' in result ? result : fallback(args);
}

export function useCompiledQueries(): Plugin {
  const cache = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compiledFor = (schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Compiled => {
    let byOperation = cache.get(document);
    if (!byOperation) {
      byOperation = new Map();
      cache.set(document, byOperation);
    }
    const key = operationName ?? '';
    let compiled = byOperation.get(key);
    if (compiled === undefined) {
      compiled = compileOperation(schema, document, operationName);
      byOperation.set(key, compiled);
    }
    return compiled;
  };
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const compiled = compiledFor(args.schema, args.document, args.operationName ?? undefined);
      if (!compiled) return;
      setExecuteFn((a) => executeCompiled(compiled, a, executeFn));
    },
  };
}
