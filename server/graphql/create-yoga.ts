/**
 * The GraphQL endpoint: schema.graphql (the public contract) plus thin resolvers, served
 * by graphql-yoga at /graphql. Every limit comes from limits.ts; errors are shaped in
 * to-client-error.ts (coded errors pass, the rest is masked and logged with the request id).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { GraphStore } from '../store/port.ts';
import { DEFAULT_PAGE_SIZE } from '../store/shared/cursor.ts';
import type { GraphQLContext, GraphQLServices } from './context.ts';
import { createAffiliationLoader } from './create-affiliation-loader.ts';
import { createInputSchemas } from './create-input-schemas.ts';
import { createNodeLoader } from './create-node-loader.ts';
import { createReportEntitiesLoader } from './create-report-entities-loader.ts';
import { createGraphPubSub } from './graph-pubsub.ts';
import { defaultLimits, type GraphQLLimits } from './limits.ts';
import { createRateLimiter } from './plugins/create-rate-limiter.ts';
import { useCompiledQueries } from './plugins/use-compiled-queries.ts';
import { callerFromRequest, useApiKeys } from './plugins/use-api-keys.ts';
import { useBodyLimit } from './plugins/use-body-limit.ts';
import { useCostLimit } from './plugins/use-cost-limit.ts';
import { useCsrfPrevention } from './plugins/use-csrf-prevention.ts';
import { useDisableIntrospection } from './plugins/use-disable-introspection.ts';
import { useErrorMasking } from './plugins/use-error-masking.ts';
import { entityEditResolvers } from './resolvers/entity-edits.ts';
import { graphResolvers } from './resolvers/graph.ts';
import { healthResolvers } from './resolvers/health.ts';
import { ingestResolvers } from './resolvers/ingest.ts';
import { nodeResolvers } from './resolvers/nodes.ts';
import { ontologyResolvers } from './resolvers/ontology.ts';
import { reportResolvers } from './resolvers/reports.ts';
import { scalarResolvers } from './resolvers/scalars.ts';
import { subscriptionResolvers } from './resolvers/subscriptions.ts';
import { createMaskError } from './to-client-error.ts';

export const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

export function createSchema() {
  return makeExecutableSchema<GraphQLContext>({
    typeDefs,
    resolvers: [scalarResolvers, healthResolvers, ontologyResolvers, nodeResolvers, graphResolvers, reportResolvers, ingestResolvers, entityEditResolvers, subscriptionResolvers],
  });
}

export interface GraphQLDeps {
  store: GraphStore;
  config: Config;
  logger: Logger;
  /** Overrides of limits.ts defaults (tests, deployments). */
  limits?: Partial<GraphQLLimits>;
}

/** A request id from the caller when it looks like one, else a fresh UUID. */
function requestIdOf(request: Request): string {
  const given = request.headers.get('x-request-id');
  return given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

export function createGraphQL({ store, config, logger, limits: overrides }: GraphQLDeps) {
  const limits = { ...defaultLimits(config.KG_MAX_REPORT_BYTES, config.KG_MUTATIONS_PER_MINUTE), ...overrides };
  const production = config.NODE_ENV === 'production';
  const services: GraphQLServices = {
    store, config, logger, limits,
    inputs: createInputSchemas(limits),
    pubsub: createGraphPubSub(),
    rateLimiter: createRateLimiter(limits.mutationRateLimit, limits.mutationRateWindowMs),
    liveSubscriptions: { count: 0 },
  };
  const plugins: Plugin<GraphQLContext>[] = [
    useBodyLimit(limits.maxBodyBytes) as Plugin<GraphQLContext>,
    useCsrfPrevention() as Plugin<GraphQLContext>,
    EnvelopArmorPlugin({
      maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
      // Cost is ours (plugins/use-cost-limit.ts): armor's formula, multiplied by the page each `first` may return.
      costLimit: { enabled: false },
      maxAliases: { n: limits.maxAliases },
      maxTokens: { n: limits.maxTokens },
      maxDirectives: { n: limits.maxDirectives },
      // Field suggestions ("Did you mean ...?") help in development and leak the schema in production.
      blockFieldSuggestion: { enabled: production },
    }) as Plugin<GraphQLContext>,
    useCostLimit({ maxCost: limits.maxCost, maxPageSize: limits.maxPageSize, defaultPageSize: DEFAULT_PAGE_SIZE, reportEntities: limits.maxReportEntities }) as Plugin<GraphQLContext>,
    useApiKeys(),
    useCompiledQueries() as Plugin<GraphQLContext>,
    useErrorMasking(),
    ...(production ? [useDisableIntrospection() as Plugin<GraphQLContext>] : []),
    useRequestIdHeader(),
  ];
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema: createSchema(),
    context: ({ request }) => {
      const nodeLoader = createNodeLoader(store, limits.maxPageSize * 10);
      return {
        ...services,
        requestId: requestIdOf(request),
        caller: callerFromRequest(request, config.KG_API_KEYS),
        nodeLoader,
        affiliationLoader: createAffiliationLoader(store, limits.maxPageSize * 10),
        reportEntitiesLoader: createReportEntitiesLoader(store, nodeLoader, limits.maxPageSize * 10, limits.maxReportEntities),
      };
    },
    plugins,
    graphqlEndpoint: '/graphql',
    logging: { debug: () => {}, info: () => {}, warn: (...a: unknown[]) => logger.warn('graphql-yoga', { detail: a }), error: (...a: unknown[]) => logger.error('graphql-yoga', { detail: a }) },
    maskedErrors: { maskError: createMaskError(logger) },
    // GraphiQL in development only, rendered from the installed @graphql-yoga/render-graphiql
    // (assets inlined; yoga's built-in page loads them from unpkg). Loaded on first use.
    graphiql: !production,
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    landingPage: false,
    batching: false,
    cors: false,
  });
}

/** Echo the request id so a client can quote it when reporting an error. */
function useRequestIdHeader(): Plugin<GraphQLContext> {
  const ids = new WeakMap<Request, string>();
  const remember = (context: GraphQLContext & { request?: Request }) => { if (context.request) ids.set(context.request, context.requestId); };
  return {
    onExecute: ({ args }) => remember(args.contextValue),
    onSubscribe: ({ args }) => remember(args.contextValue),
    onResponse: ({ request, response }) => {
      const id = ids.get(request);
      if (id) response.headers.set('x-request-id', id);
    },
  };
}
