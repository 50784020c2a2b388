/**
 * Node look-ups as GraphNodes, with the same derivation as the embedded store: entity
 * name elected from the root's own mentions, aliases and mention count over every
 * entity merged into it; other nodes take the properties their earliest report gave.
 * An entity nothing is merged into shows the name and aliases elected at write time
 * (write-reports keeps them current), so only merge groups read their mentions back.
 */
import type { NodeKind } from '../../ontology/ontology.ts';
import { isEntityKind } from '../../ontology/ontology.ts';
import type { GraphNode } from '../port.ts';
import { aliasSet, electEntityNames, formsOf, tallyNames } from './entity-names.ts';
import type { Redirects } from './merge-redirects.ts';
import type { Tx } from './transactions.ts';

interface NodeRow {
  id: string;
  node: Record<string, unknown>;
  /** distinct reports mentioning it (entities) */
  mentionCount: number;
  /** only for members of merge groups (empty otherwise) */
  mentions: { seq: number; reportId: string; name: string; aliases: string[] | null }[];
  toldBy: string[];
}

/** GraphNodes for these ids (resolved through merges), null where nothing answers. */
export async function fetchNodes(tx: Tx, redirects: Redirects, ids: string[]): Promise<(GraphNode | null)[]> {
  const roots = ids.map((id) => redirects.resolve(id));
  const raw = redirects.expand(roots);
  const withMentions = roots.flatMap((root) => {
    const members = redirects.membersOf(root);
    return members.length > 1 ? members : [];
  });
  const rows = raw.length ? await tx.run<NodeRow>('get-nodes', { ids: raw, withMentions: [...new Set(withMentions)] }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return roots.map((root) => toGraphNode(root, redirects.membersOf(root).flatMap((m) => byId.get(m) ?? []), byId.get(root)));
}

/** A map of root id → node, for assembling subgraphs. */
export async function fetchNodeMap(tx: Tx, redirects: Redirects, roots: string[]): Promise<Map<string, GraphNode>> {
  const nodes = await fetchNodes(tx, redirects, roots);
  const out = new Map<string, GraphNode>();
  nodes.forEach((n) => { if (n) out.set(n.id, n); });
  return out;
}

function toGraphNode(root: string, members: NodeRow[], own: NodeRow | undefined): GraphNode | null {
  const self = own ?? members[0];
  if (!self) return null;
  const p = self.node;
  const kind = p.kind as NodeKind;
  if (isEntityKind(kind) && members.length <= 1 && own) {
    // Not merged: the stored election, plus manual aliases added since.
    if (own.mentionCount === 0) return null;
    const name = String(p.name ?? '');
    const aliases = new Set([...((p.aliases as string[] | null) ?? []), ...((p.manualAliases as string[] | null) ?? [])]);
    aliases.delete(name);
    return { id: root, kind, name, aliases: [...aliases].sort(), props: {}, mentionCount: own.mentionCount };
  }
  if (isEntityKind(kind)) {
    const all = members.flatMap((m) => m.mentions);
    const basis = own && own.mentions.length > 0 ? own.mentions : all;
    const elected = electEntityNames({ id: root, manualAliases: null, names: tallyNames(basis), surfaceForms: [] });
    if (!elected) return null;
    const extra = members.flatMap((m) => (m.node.manualAliases as string[] | null) ?? []);
    return {
      id: root, kind, name: elected.name, aliases: aliasSet(elected.name, [...formsOf(all), ...extra]), props: {},
      mentionCount: new Set(all.map((m) => m.reportId)).size,
    };
  }
  return { id: root, kind, name: String(p.name ?? ''), aliases: [], props: provenanceProps(kind, p), mentionCount: kind === 'Report' ? 1 : new Set(self.toldBy).size };
}

function provenanceProps(kind: NodeKind, p: Record<string, unknown>): Record<string, unknown> {
  switch (kind) {
    case 'Report':
      return { title: p.title, publishedOn: p.publishedOn, source: p.source ?? null, confidence: p.confidence ?? null, format: p.format, bluf: p.bluf ?? null, contentHash: p.contentHash };
    case 'Event':
      return { date: p.date, kind: p.eventKind, polarity: p.polarity, summary: p.summary };
    case 'Claim':
      return { kind: p.claimKind, text: p.text, rank: p.rank, supported: p.supported };
    default:
      return {};
  }
}
