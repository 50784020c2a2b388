/**
 * The shapes of the embedded store's derived graph (a graphology MultiDirectedGraph):
 * one node per resolved node id, one edge per piece of evidence, each edge keyed by the
 * report that supports it so a report's evidence can be retracted exactly.
 */
import type { EventKind, NodeKind } from '../../ontology/ontology.ts';
import type { GraphNode } from '../port.ts';

export interface NodeAttrs {
  kind: NodeKind;
  name: string;
  aliases: string[];
  props: Record<string, unknown>;
  mentionCount: number;
}

interface Evidence {
  reportId: string;
}

export type EdgeAttrs =
  | (Evidence & { type: 'MENTIONS'; date: string; count: number; sections: string[]; firstOffset: number })
  | (Evidence & { type: 'TIE'; date: string; kind: EventKind; polarity: number; confidence: number; sentence: string; start: number; end: number })
  | (Evidence & { type: 'AFFILIATED_WITH'; role: string | null })
  | (Evidence & { type: 'INVOLVES'; date: string; role: string })
  | (Evidence & { type: 'REPORTS' | 'TAGGED' | 'PUBLISHED_BY' | 'ASSERTS' | 'CONCERNS' });

export type TieAttrs = Extract<EdgeAttrs, { type: 'TIE' }>;

export function toGraphNode(id: string, a: NodeAttrs): GraphNode {
  return { id, kind: a.kind, name: a.name, aliases: [...a.aliases], props: { ...a.props }, mentionCount: a.mentionCount };
}
