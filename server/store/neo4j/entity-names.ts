/**
 * Display name and aliases of an entity, elected from what each report called it with the
 * rule both stores share (store/shared/elect-name.ts); aliases are every other name and
 * surface form.
 */
import { electName, type NameCount } from '../shared/elect-name.ts';

/** What the reports called one entity, summed per name inside Neo4j (get-entity-name-evidence). */
export interface NameEvidence {
  id: string;
  manualAliases: string[] | null;
  names: NameCount[];
  /** every surface form any report gave (names not included) */
  surfaceForms: string[];
}

export interface Mention {
  seq: number;
  name: string;
  aliases: string[] | null;
}

/** The per-name tallies of individual mentions (one per report). */
export function tallyNames(mentions: Mention[]): NameCount[] {
  const byName = new Map<string, NameCount>();
  for (const m of mentions) {
    const t = byName.get(m.name) ?? { name: m.name, reports: 0, firstSeq: Infinity };
    t.reports++;
    t.firstSeq = Math.min(t.firstSeq, m.seq);
    byName.set(m.name, t);
  }
  return [...byName.values()];
}

export function electEntityNames(e: NameEvidence): { name: string; aliases: string[] } | null {
  const name = electName(e.names);
  if (name === null) return null;
  return { name, aliases: aliasSet(name, [...e.names.map((t) => t.name), ...e.surfaceForms, ...(e.manualAliases ?? [])]) };
}

/** Every name and surface form other than `name`, sorted and distinct. */
export function aliasSet(name: string, forms: Iterable<string>): string[] {
  const aliases = new Set(forms);
  aliases.delete(name);
  return [...aliases].sort();
}

/** Every name and surface form of some mentions. */
export function formsOf(mentions: Mention[]): string[] {
  return mentions.flatMap((m) => [m.name, ...(m.aliases ?? [])]);
}
