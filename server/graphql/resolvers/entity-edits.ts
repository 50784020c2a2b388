/** `deleteReport`, `mergeEntities`, `unmergeEntity`, `addAlias`: checked, rate-limited, then announced. */
import { KgError } from '../../errors.ts';
import { parseArgs } from '../create-input-schemas.ts';
import type { GraphQLContext } from '../context.ts';
import { graphChange } from '../graph-pubsub.ts';
import { requireRole } from '../plugins/use-api-keys.ts';
import { entityByName, goesBy } from './entity-by-name.ts';
import { requireEntities } from './require-entities.ts';

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
      const a = parseArgs(ctx.inputs.alias, args);
      await requireEntities(ctx, { id: a.id });
      const shown = (await ctx.nodeLoader.load(a.id))!;
      const alias = a.alias.trim();
      // Already one of its names (in any case): nothing to write, nothing to announce. (A
      // surface form reports gave it, such as a bare surname, is not made a name that
      // resolves later reports: another person may go by it.)
      if (goesBy(shown, alias)) return shown;
      const { exact: owner } = await entityByName(ctx, alias);
      if (owner && owner.id !== shown.id) {
        throw new KgError('CONFLICT', `"${alias}" is already a name of ${owner.id} (${owner.name}): if the two are one actor, merge them with mergeEntities.`);
      }
      const node = await ctx.store.addAlias({ id: a.id, alias });
      ctx.pubsub.publish('graphChanged', graphChange('ALIAS_ADDED', [], [node.id]));
      return node;
    },
  },
};
