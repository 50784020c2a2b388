/**
 * Display name and aliases of an entity, elected from what each report called it, with
 * the embedded store's rule: the most common name across reports, a tie going to the name
 * seen first (first-ingest order); aliases are every other name and surface form.
 */
export interface NameEvidence {
  id: string;
  manualAliases: string[] | null;
  mentions: { seq: number; reportId: string; name: string; aliases: string[] | null }[];
}

export function electEntityNames(e: NameEvidence): { name: string; aliases: string[] } | null {
  if (e.mentions.length === 0) return null;
  const counts = new Map<string, { n: number; seq: number }>();
  for (const m of e.mentions) {
    const cur = counts.get(m.name);
    counts.set(m.name, { n: (cur?.n ?? 0) + 1, seq: Math.min(cur?.seq ?? Infinity, m.seq) });
  }
  let name = '';
  let best = { n: 0, seq: Infinity };
  for (const [candidate, v] of counts) {
    if (v.n > best.n || (v.n === best.n && v.seq < best.seq)) [name, best] = [candidate, v];
  }
  return { name, aliases: aliasSet(name, e.mentions, e.manualAliases ?? []) };
}

/** Every name and surface form other than `name`, sorted. */
export function aliasSet(name: string, mentions: { name: string; aliases: string[] | null }[], extra: string[]): string[] {
  const aliases = new Set<string>();
  for (const m of mentions) {
    aliases.add(m.name);
    for (const a of m.aliases ?? []) aliases.add(a);
  }
  for (const a of extra) aliases.add(a);
  aliases.delete(name);
  return [...aliases].sort();
}
