/**
 * The graph-shaped queries: neighborhood, paths, tieTimeline, evidence. Each applies its
 * time window to edges (the store does, per the port); node look-ups for edge ends,
 * timeline reports/events and evidence reports go through the request's DataLoader.
 */
import type { EntityKind, EventKind } from '../../ontology/ontology.ts';
import type { Evidence, GraphEdge, GraphNode, Interval, PathsArgs, TimelineBucket } from '../../store/port.ts';
import { toConnection } from '../connection.ts';
import { parseArgs } from '../create-input-schemas.ts';
import type { GraphQLContext } from '../context.ts';
import { requireEntities, requireSomeEntity } from './require-entities.ts';

type Args = Record<string, unknown>;
const present = <T>(xs: (T | null | Error)[]): T[] => xs.filter((x): x is T => x != null && !(x instanceof Error));
const ofKind = (kind: string) => (xs: (GraphNode | null | Error)[]) => present(xs).filter((n) => n.kind === kind);

export const graphResolvers = {
  Query: {
    neighborhood: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const a = parseArgs(ctx.inputs.neighborhood, args);
      const sub = await ctx.store.neighborhood({
        ids: a.ids, depth: a.depth ?? 1, kinds: (a.kinds as EntityKind[] | null) ?? undefined, from: a.from, to: a.to,
        minWeight: a.minWeight ?? 0, limit: a.limit ?? 500, fanOut: a.fanOut ?? 50,
      });
      if (sub.nodes.length === 0) await requireSomeEntity(ctx, 'ids', a.ids);
      return sub;
    },
    paths: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const a = parseArgs(ctx.inputs.paths, args);
      // from/to name the two ends here, so the evidence window travels as `window` (port.ts).
      const pathArgs: PathsArgs = {
        from: a.from, to: a.to, maxHops: a.maxHops ?? 4, k: a.k ?? 3,
        avoidKinds: (a.avoidKinds as EntityKind[] | null) ?? undefined,
        window: { from: a.window?.from ?? null, to: a.window?.to ?? null },
      };
      const found = await ctx.store.paths(pathArgs);
      if (found.length === 0) await requireEntities(ctx, { from: a.from, to: a.to });
      return found;
    },
    tieTimeline: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const a = parseArgs(ctx.inputs.pair, args);
      const buckets = await ctx.store.tieTimeline({ a: a.a, b: a.b, interval: (a.interval as Interval | null) ?? 'month', from: a.from, to: a.to });
      if (buckets.length === 0) await requireEntities(ctx, { a: a.a, b: a.b });
      return buckets;
    },
    evidence: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const a = parseArgs(ctx.inputs.pair, args);
      const page = await ctx.store.evidence({ a: a.a, b: a.b, from: a.from, to: a.to, first: a.first ?? undefined, after: a.after });
      if (page.totalCount === 0) await requireEntities(ctx, { a: a.a, b: a.b });
      return toConnection(page);
    },
  },
  GraphEdge: {
    sourceNode: (e: GraphEdge, _: unknown, ctx: GraphQLContext) => ctx.nodeLoader.load(e.source),
    targetNode: (e: GraphEdge, _: unknown, ctx: GraphQLContext) => ctx.nodeLoader.load(e.target),
  },
  TimelineBucket: {
    reports: (b: TimelineBucket, _: unknown, ctx: GraphQLContext) => ctx.nodeLoader.loadMany(b.reportIds).then(ofKind('Report')),
    events: (b: TimelineBucket, _: unknown, ctx: GraphQLContext) => ctx.nodeLoader.loadMany(b.eventIds).then(ofKind('Event')),
  },
  Evidence: {
    report: (e: Evidence, _: unknown, ctx: GraphQLContext) => ctx.nodeLoader.load(e.reportId),
    kind: (e: Evidence): EventKind => e.kind,
  },
};
