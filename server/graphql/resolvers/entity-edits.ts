/** `deleteReport`, `mergeEntities`, `unmergeEntity`, `addAlias`: checked, rate-limited, then announced. */
import { KgError } from '../../errors.ts';
import { parseArgs } from '../create-input-schemas.ts';
import type { GraphQLContext } from '../context.ts';
import { graphChange } from '../graph-pubsub.ts';
import { requireRole } from '../plugins/use-api-keys.ts';

type Args = Record<string, unknown>;

export const entityEditResolvers = {
  Mutation: {
    deleteReport: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      requireRole(ctx, 'admin');
      ctx.rateLimiter.take(ctx.caller.id);
      const { id } = parseArgs(ctx.inputs.id, args);
      if (!(await ctx.store.deleteReport(id))) throw new KgError('NOT_FOUND', `No report with id "${id}": list ids with the reports query.`);
      ctx.pubsub.publish('graphChanged', graphChange('REPORT_DELETED', [id]));
      return { reportId: id, deleted: true };
    },
    mergeEntities: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      requireRole(ctx, 'admin');
      ctx.rateLimiter.take(ctx.caller.id);
      const a = parseArgs(ctx.inputs.merge, args);
      const record = await ctx.store.mergeEntities({ ...a, by: ctx.caller.id });
      ctx.pubsub.publish('graphChanged', graphChange('ENTITIES_MERGED', [], [record.targetId, record.sourceId]));
      return record;
    },
    unmergeEntity: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      requireRole(ctx, 'admin');
      ctx.rateLimiter.take(ctx.caller.id);
      const record = await ctx.store.unmergeEntity({ mergeId: parseArgs(ctx.inputs.mergeId, args).mergeId, by: ctx.caller.id });
      ctx.pubsub.publish('graphChanged', graphChange('ENTITY_UNMERGED', [], [record.targetId, record.sourceId]));
      return record;
    },
    addAlias: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      requireRole(ctx, 'editor');
      ctx.rateLimiter.take(ctx.caller.id);
      const node = await ctx.store.addAlias(parseArgs(ctx.inputs.alias, args));
      ctx.pubsub.publish('graphChanged', graphChange('ALIAS_ADDED', [], [node.id]));
      return node;
    },
  },
};
