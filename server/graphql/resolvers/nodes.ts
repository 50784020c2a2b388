/** `node`, `nodes`, `entity`, `search`, the Node types (Entity, Report, Event, OtherNode) and Entity.affiliations. */
import { COUNTRIES } from '../../ingest/gazetteer/countries.ts';
import { isEntityKind, type NodeKind } from '../../ontology/ontology.ts';
import type { Affiliation, GraphNode } from '../../store/port.ts';
import { toConnection } from '../connection.ts';
import { parseArgs } from '../create-input-schemas.ts';
import type { GraphQLContext } from '../context.ts';
import { entityByName } from './entity-by-name.ts';

const prop = (key: string) => (n: GraphNode) => n.props[key] ?? null;
/** Country ids are country:<ISO alpha-3> for every country the gazetteer knows (ids.ts). */
const ISO3_CODES = new Set(COUNTRIES.map((c) => c.iso3));
const iso3Of = (n: GraphNode) => {
  const code = n.kind === 'Country' ? n.id.slice('country:'.length) : '';
  return (n.props.iso3 as string | undefined) ?? (ISO3_CODES.has(code) ? code : null);
};

export const nodeResolvers = {
  Query: {
    node: (_: unknown, { id }: { id: string }, ctx: GraphQLContext) => ctx.nodeLoader.load(parseArgs(ctx.inputs.id, { id }).id),
    nodes: (_: unknown, args: { ids: string[] }, ctx: GraphQLContext) => ctx.nodeLoader.loadMany(parseArgs(ctx.inputs.nodes, args).ids),
    entity: async (_: unknown, args: { id?: string | null; name?: string | null }, ctx: GraphQLContext) => {
      const { id, name } = parseArgs(ctx.inputs.entity, args);
      if (id) {
        const node = await ctx.nodeLoader.load(id);
        return node && isEntityKind(node.kind) ? node : null;
      }
      const { exact, best } = await entityByName(ctx, name!);
      return exact ?? best ?? null;
    },
    search: async (_: unknown, args: { query: string; kinds?: NodeKind[] | null; first?: number | null; after?: string | null }, ctx: GraphQLContext) => {
      const a = parseArgs(ctx.inputs.search, args);
      const page = await ctx.store.search({ query: a.query, kinds: (a.kinds as NodeKind[] | null) ?? undefined, first: a.first ?? undefined, after: a.after });
      return toConnection(page, (hit) => ({ node: hit.node, score: hit.score }));
    },
  },
  Node: {
    __resolveType: (n: GraphNode) => (isEntityKind(n.kind) ? 'Entity' : n.kind === 'Report' ? 'Report' : n.kind === 'Event' ? 'Event' : 'OtherNode'),
  },
  Entity: {
    iso3: iso3Of,
    affiliations: (n: GraphNode, args: { first?: number | null }, ctx: GraphQLContext) =>
      ctx.affiliationLoader.load({ id: n.id, first: parseArgs(ctx.inputs.affiliations, args).first ?? undefined }),
  },
  Affiliation: {
    person: (a: Affiliation, _: unknown, ctx: GraphQLContext) => ctx.nodeLoader.load(a.personId),
    organization: (a: Affiliation, _: unknown, ctx: GraphQLContext) => ctx.nodeLoader.load(a.organizationId),
    reportCount: (a: Affiliation) => a.reportIds.length,
  },
  Report: {
    entities: (n: GraphNode, _: unknown, ctx: GraphQLContext) => ctx.reportEntitiesLoader.load(n.id),
    title: (n: GraphNode) => n.props.title ?? n.name,
    publishedOn: prop('publishedOn'),
    source: prop('source'),
    confidence: prop('confidence'),
    format: prop('format'),
    bluf: prop('bluf'),
  },
  Event: {
    date: prop('date'),
    eventKind: prop('kind'),
    polarity: prop('polarity'),
    summary: (n: GraphNode) => n.props.summary ?? n.name,
  },
};
