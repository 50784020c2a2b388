/** `graphChanged` and `reportIngested`: live updates over SSE from the app's pub/sub. */
import type { GraphQLContext } from '../context.ts';

export const subscriptionResolvers = {
  Subscription: {
    graphChanged: { subscribe: (_: unknown, __: unknown, ctx: GraphQLContext) => ctx.pubsub.subscribe('graphChanged'), resolve: (p: unknown) => p },
    reportIngested: { subscribe: (_: unknown, __: unknown, ctx: GraphQLContext) => ctx.pubsub.subscribe('reportIngested'), resolve: (p: unknown) => p },
  },
};
