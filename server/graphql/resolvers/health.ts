/** `health`: the process is up; says which store and whether it answers. */
import type { GraphQLContext } from '../context.ts';

export const healthResolvers = {
  Query: {
    health: async (_: unknown, __: unknown, { store }: GraphQLContext) => ({
      status: 'ok',
      store: store.kind,
      storeReachable: await store.ping().catch(() => false),
    }),
  },
};
