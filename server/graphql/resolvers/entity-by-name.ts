/** Finding an entity by a name: the one that goes by it exactly (case and accents aside), else search's best hit. */
import { ENTITY_KINDS } from '../../ontology/ontology.ts';
import type { GraphNode } from '../../store/port.ts';
import { foldName } from '../../store/shared/fold-name.ts';
import type { GraphQLContext } from '../context.ts';

/** Whether `name` is one of the node's names (its name or an alias). */
export const goesBy = (node: GraphNode, name: string) => [node.name, ...node.aliases].some((n) => foldName(n) === foldName(name));

export async function entityByName(ctx: GraphQLContext, name: string): Promise<{ exact?: GraphNode; best?: GraphNode }> {
  const hits = (await ctx.store.search({ query: name, kinds: ENTITY_KINDS, first: 10 })).items.map((h) => h.node);
  return { exact: hits.find((n) => goesBy(n, name)), best: hits[0] };
}
