/** `reports`, `report`, `events` and `stats`: listings straight from the store, paged Relay-style. */
import type { EventKind } from '../../ontology/ontology.ts';
import type { EventSummary, GraphNode, ReportSummary } from '../../store/port.ts';
import { toConnection } from '../connection.ts';
import { parseArgs } from '../create-input-schemas.ts';
import type { GraphQLContext } from '../context.ts';
import { requireEntities } from './require-entities.ts';

type Args = Record<string, unknown>;
const counts = (r: Record<string, number>) => Object.entries(r).map(([kind, count]) => ({ kind, count }));

export const reportResolvers = {
  Query: {
    reports: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const a = parseArgs(ctx.inputs.reports, args);
      const page = await ctx.store.reports({
        entityId: a.entityId ?? undefined, withEntityId: a.withEntityId ?? undefined, source: a.source ?? undefined, theme: a.theme ?? undefined,
        from: a.from, to: a.to, first: a.first ?? undefined, after: a.after,
      });
      if (page.totalCount === 0) await requireEntities(ctx, { entityId: a.entityId, withEntityId: a.withEntityId });
      return toConnection(page);
    },
    report: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const node = await ctx.nodeLoader.load(parseArgs(ctx.inputs.id, args).id);
      return node?.kind === 'Report' ? node : null;
    },
    events: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const a = parseArgs(ctx.inputs.events, args);
      const page = await ctx.store.events({
        actorId: a.actorId ?? undefined, kind: (a.kind as EventKind | null) ?? undefined,
        from: a.from, to: a.to, first: a.first ?? undefined, after: a.after,
      });
      if (page.totalCount === 0) await requireEntities(ctx, { actorId: a.actorId });
      return toConnection(page);
    },
    stats: async (_: unknown, __: unknown, ctx: GraphQLContext) => {
      const s = await ctx.store.stats();
      return { ...s, nodes: counts(s.nodes), edges: counts(s.edges) };
    },
  },
  ReportSummary: {
    entities: (r: ReportSummary, _: unknown, ctx: GraphQLContext) => ctx.reportEntitiesLoader.load(r.id),
  },
  EventSummary: {
    actors: (e: EventSummary, _: unknown, ctx: GraphQLContext) =>
      ctx.nodeLoader.loadMany(e.actorIds).then((xs) => xs.filter((x): x is GraphNode => x != null && !(x instanceof Error))),
  },
};
