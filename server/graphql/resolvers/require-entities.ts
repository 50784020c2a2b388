/**
 * Arguments that name entities must name known ones: a typo otherwise looks the same as
 * "no relationship" (an empty timeline, no paths). Resolvers check only when the answer is
 * empty, so a good request pays nothing for it. Merged ids count as known (they resolve to
 * their target).
 */
import { FIND_ENTITY_HINT, KgError, noSuchEntity } from '../../errors.ts';
import { isEntityKind } from '../../ontology/ontology.ts';
import type { GraphNode } from '../../store/port.ts';
import type { GraphQLContext } from '../context.ts';

/** Throws NOT_FOUND for an unknown id, BAD_INPUT for a node that is not an entity (a report, an event...). */
export async function requireEntities(ctx: GraphQLContext, args: Record<string, string | null | undefined>): Promise<void> {
  const named = Object.entries(args).filter((e): e is [string, string] => typeof e[1] === 'string');
  const nodes = await ctx.nodeLoader.loadMany(named.map(([, id]) => id));
  named.forEach(([arg, id], i) => check(arg, id, nodes[i]));
}

/**
 * For a list of seeds (neighborhood): unknown or non-entity ids are skipped, as a view may
 * hold a node another user has since deleted, but a list naming no entity at all is an error.
 */
export async function requireSomeEntity(ctx: GraphQLContext, arg: string, ids: string[]): Promise<void> {
  const nodes = await ctx.nodeLoader.loadMany(ids);
  if (nodes.some((n) => isNode(n) && isEntityKind(n.kind))) return;
  ids.forEach((id, i) => check(arg, id, nodes[i]));
}

function check(arg: string, id: string, node: GraphNode | Error | null | undefined): void {
  if (node instanceof Error) throw node;
  if (!node) throw noSuchEntity(id, arg);
  if (!isEntityKind(node.kind)) throw new KgError('BAD_INPUT', `\`${arg}\` must be an entity id; "${id}" is a ${node.kind}: ${FIND_ENTITY_HINT}.`);
}

function isNode(n: GraphNode | Error | null | undefined): n is GraphNode {
  return n != null && !(n instanceof Error);
}
