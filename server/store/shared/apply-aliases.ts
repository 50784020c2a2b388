/**
 * Names analysts gave entities (addAlias) resolve later reports: an entity the decomposer
 * found under such a name, of the same kind, takes the aliased entity's id before the
 * report is stored. Both stores call this inside their write, so what is stored (and
 * journaled) is the rewritten report; an alias added later does not rewrite reports
 * already stored (re-ingesting an unchanged report changes nothing).
 */
import type { DecomposedEntity, DecomposedReport } from '../../ingest/decomposed-report.ts';
import { foldName } from './fold-name.ts';

/** How an alias is looked up: the entity kind and the name without accents, case or outer spaces. */
export function aliasKey(kind: string, name: string): string {
  return `${kind}\u001f${foldName(name)}`;
}

/** The keys under which a report's entities could have been aliased (name and surface forms). */
export function aliasKeysOf(reports: DecomposedReport[]): string[] {
  const keys = new Set<string>();
  for (const r of reports) for (const e of r.entities) for (const n of [e.name, ...e.aliases]) keys.add(aliasKey(e.kind, n));
  return [...keys];
}

/**
 * The report with aliased entities renamed to their owners' ids (`owners`: alias key →
 * entity id). Two entities that become one are combined (mention counts added, surface
 * forms and sections joined), and a tie or affiliation that now joins an entity to itself
 * is dropped, as the decomposer drops them. Returns the same object when nothing matches.
 */
export function applyAliases(r: DecomposedReport, owners: ReadonlyMap<string, string>): DecomposedReport {
  if (owners.size === 0) return r;
  const renamed = new Map<string, string>();
  for (const e of r.entities) {
    const owner = [e.name, ...e.aliases].map((n) => owners.get(aliasKey(e.kind, n))).find((id) => id !== undefined);
    if (owner !== undefined && owner !== e.id) renamed.set(e.id, owner);
  }
  if (renamed.size === 0) return r;
  const to = (id: string) => renamed.get(id) ?? id;
  const distinct = (ids: string[]) => [...new Set(ids.map(to))];

  const entities = new Map<string, DecomposedEntity>();
  // The entity the report names by the owner's own id goes first and keeps its name.
  const ownFirst = [...r.entities.filter((e) => !renamed.has(e.id)), ...r.entities.filter((e) => renamed.has(e.id))];
  for (const e of ownFirst) {
    const id = to(e.id);
    const prev = entities.get(id);
    if (!prev) {
      entities.set(id, { ...e, id, aliases: [...e.aliases], mentions: { ...e.mentions, sections: [...e.mentions.sections] } });
      continue;
    }
    // the other's names become surface forms
    const forms = new Set([...prev.aliases, e.name, ...e.aliases]);
    forms.delete(prev.name);
    prev.aliases = [...forms];
    prev.mentions = {
      count: prev.mentions.count + e.mentions.count,
      firstOffset: Math.min(prev.mentions.firstOffset, e.mentions.firstOffset),
      sections: [...new Set([...prev.mentions.sections, ...e.mentions.sections])],
    };
  }
  return {
    ...r,
    entities: [...entities.values()],
    events: r.events.map((ev) => ({ ...ev, actors: distinct(ev.actors), ...(ev.locations ? { locations: distinct(ev.locations) } : {}) })),
    ties: r.ties.map((t) => ({ ...t, a: to(t.a), b: to(t.b) })).filter((t) => t.a !== t.b),
    affiliations: r.affiliations.map((a) => ({ ...a, person: to(a.person), org: to(a.org) })).filter((a) => a.person !== a.org),
    claims: r.claims.map((c) => ({ ...c, entities: distinct(c.entities) })),
  };
}
