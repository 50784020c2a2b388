/**
 * The GraphQL endpoint: schema.graphql (the public contract) plus thin resolvers, served by
 * graphql-yoga. Unexpected errors are masked for clients and logged in full.
 */
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga } from 'graphql-yoga';
import type { GraphQLContext } from './context.ts';
import { healthResolvers } from './resolvers/health.ts';
import { ontologyResolvers } from './resolvers/ontology.ts';

const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

export function createGraphQL(context: GraphQLContext) {
  const schema = makeExecutableSchema<GraphQLContext>({
    typeDefs,
    resolvers: [healthResolvers, ontologyResolvers],
  });
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    context: () => context,
    graphqlEndpoint: '/graphql',
    logging: false,
    maskedErrors: true,
    graphiql: context.config.NODE_ENV !== 'production',
  });
}
