/**
 * Introspection off (production). A tiny rule by field name instead of graphql-js's
 * NoSchemaIntrospectionCustomRule, whose type checks trip over the two copies of graphql
 * (ESM and CommonJS) that yoga's dependencies load: `__schema` and `__type` are refused;
 * `__typename` stays (clients need it for unions and interfaces).
 */
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

function noIntrospection(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const name = node.name.value;
      if (name === '__schema' || name === '__type') {
        context.reportError(new GraphQLError(`GraphQL introspection is off in production ("${name}"): read server/graphql/schema.graphql instead.`, { nodes: [node] }));
      }
    },
  };
}

export function useDisableIntrospection(): Plugin {
  return {
    onValidate: ({ addValidationRule }) => addValidationRule(noIntrospection),
  };
}
