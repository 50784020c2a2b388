/**
 * Names analysts gave entities (addAlias) resolve later reports: an entity the decomposer
 * found under such a name, of the same kind, takes the aliased entity's id before the
 * report is stored. Both stores call this inside their write, so what is stored (and
 * journaled) is the rewritten report; an alias added later does not rewrite reports
 * already stored (re-ingesting an unchanged report changes nothing).
 */
import type { DecomposedEntity, DecomposedReport } from '../../ingest/decomposed-report.ts';
import { eventId } from '../../ingest/ids.ts';
import { foldName } from './fold-name.ts';

/** How an alias is looked up: the entity kind and the name without accents, case or outer spaces. */
export function aliasKey(kind: string, name: string): string {
  return `${kind}\u001f${foldName(name)}`;
}

/**
 * The keys under which a report's entities could have been aliased: their names only (a
 * surface form such as a bare surname may belong to several people).
 */
export function aliasKeysOf(reports: DecomposedReport[]): string[] {
  return [...new Set(reports.flatMap((r) => r.entities.map((e) => aliasKey(e.kind, e.name))))];
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
    const owner = owners.get(aliasKey(e.kind, e.name));
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
  // Ids the decomposer derives from actors are derived again, and what became one is kept once.
  const events = new Map<string, DecomposedReport['events'][number]>();
  for (const ev of r.events) {
    const actors = distinct(ev.actors).sort();
    const id = actors.join() === [...ev.actors].sort().join() ? ev.id : eventId(ev.date, ev.kind, actors);
    if (!events.has(id)) events.set(id, { ...ev, id, actors, ...(ev.locations ? { locations: distinct(ev.locations) } : {}) });
  }
  return {
    ...r,
    entities: [...entities.values()],
    events: [...events.values()],
    ties: keepFirst(r.ties.map((t) => ({ ...t, a: to(t.a), b: to(t.b) })).filter((t) => t.a !== t.b), (t) => `${[t.a, t.b].sort().join()}|${t.start}|${t.end}`),
    affiliations: keepFirst(r.affiliations.map((a) => ({ ...a, person: to(a.person), org: to(a.org) })).filter((a) => a.person !== a.org), (a) => `${a.person}|${a.org}|${a.role}`),
    claims: r.claims.map((c) => ({ ...c, entities: distinct(c.entities) })),
  };
}

/** The items with a key not seen before, in order ("Tehrani and Larijani thanked Iraq" with both now one actor: one tie). */
function keepFirst<T>(items: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => !seen.has(key(x)) && seen.add(key(x)) !== undefined);
}
