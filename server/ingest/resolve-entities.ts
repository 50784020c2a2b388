/**
 * Mentions → entities. Gazetteer mentions take the gazetteer's id; person names are
 * normalized and matched (exactly, then fuzzily above a threshold) against known people
 * and the other people in the same report; a surname alone joins the full name it
 * belongs to; unknown organizations and places are keyed by their normalized name.
 */
import { distance } from 'fastest-levenshtein';
import type { EntityKind } from '../ontology/ontology.ts';
import { KNOWN_PEOPLE, PERSON_KEYS, type KnownEntity } from './gazetteer/known-entities.ts';
import { entityId } from './ids.ts';
import type { Mention } from './find-mentions.ts';
import { cleanSurface, nameKeyTokens, normalizeName, stripHonorifics } from './normalize-name.ts';
import type { SectionName } from './parsed-report.ts';

export interface ResolvedEntity {
  readonly id: string;
  readonly kind: EntityKind;
  name: string;
  readonly aliases: Set<string>;
  count: number;
  firstOffset: number;
  readonly sections: Set<SectionName>;
  /** ISO alpha-3 of the state the entity belongs to, when known. */
  readonly country: string | undefined;
  /** Gazetteer category ("government", "armed-group"...), when known. */
  readonly category: string | undefined;
  readonly key: string;
  keyListRank: number | null;
}

export interface ResolvedMention extends Mention {
  readonly entityId: string;
}

/** Similarity of two name keys, 0..1 (1 − edit distance / longer length). */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

export const FUZZY_THRESHOLD = 0.85;

const knownPersonCache = new Map<string, KnownEntity | null>();
const PERSON_KEY_LIST = [...PERSON_KEYS.entries()];

/** A known person for a name key: exact, or the closest key above the threshold with the same initial. */
export function findKnownPerson(key: string): KnownEntity | null {
  const cached = knownPersonCache.get(key);
  if (cached !== undefined) return cached;
  let found: KnownEntity | null = PERSON_KEYS.get(key) ?? null;
  if (!found && key.includes(' ')) {
    let best = FUZZY_THRESHOLD;
    for (const [k, e] of PERSON_KEY_LIST) {
      if (k[0] !== key[0] || Math.abs(k.length - key.length) > 4) continue;
      const sim = nameSimilarity(k, key);
      if (sim >= best) { best = sim; found = e; }
    }
  }
  if (knownPersonCache.size < 20_000) knownPersonCache.set(key, found);
  return found;
}

const KNOWN_SURNAMES = new Map<string, KnownEntity[]>();
for (const p of KNOWN_PEOPLE) {
  const last = nameKeyTokens(p.name).at(-1);
  if (!last) continue;
  KNOWN_SURNAMES.set(last, [...(KNOWN_SURNAMES.get(last) ?? []), p]);
}

const keyTails = new Map<string, readonly string[]>();
/** Words of a name key after the first. */
function keyTail(key: string): readonly string[] {
  let tail = keyTails.get(key);
  if (tail === undefined) {
    tail = key.split(' ').slice(1);
    if (keyTails.size < 20_000) keyTails.set(key, tail);
  }
  return tail;
}

export interface Resolution {
  readonly entities: Map<string, ResolvedEntity>;
  readonly mentions: ResolvedMention[];
}

const stripMarks = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '');

/** Whether `surface` is `name` with accents `name` lacks, letters and case otherwise the same. */
function isAccentedSpellingOf(surface: string, name: string): boolean {
  return surface !== name && stripMarks(surface) === name && stripMarks(name) === name;
}

export function resolveEntities(mentions: readonly Mention[]): Resolution {
  const entities = new Map<string, ResolvedEntity>();
  const resolved: ResolvedMention[] = [];
  let keyRank = 0;

  const attach = (m: Mention, id: string, kind: EntityKind, name: string, country: string | undefined, key: string, category?: string) => {
    let e = entities.get(id);
    if (!e) {
      e = { id, kind, name, aliases: new Set(), count: 0, firstOffset: m.start, sections: new Set(), country, category, key, keyListRank: null };
      entities.set(id, e);
    }
    e.count++;
    e.firstOffset = Math.min(e.firstOffset, m.start);
    e.sections.add(m.section);
    if (m.fromKeyList && e.keyListRank === null) e.keyListRank = ++keyRank;
    const surface = cleanSurface(m.surface);
    if (surface && isAccentedSpellingOf(surface, e.name)) {
      // The report writes the known name with its accents ("Erdoğan" for the gazetteer's
      // "Erdogan"): its own spelling names the entity.
      e.aliases.delete(surface);
      e.name = surface;
    } else if (surface && surface !== e.name) e.aliases.add(surface);
    m.entityId = id;
    resolved.push(m as ResolvedMention);
  };

  // Known ids chosen for ambiguous acronyms: prefer an entity the report names in full.
  const idsInReport = new Set<string>();
  for (const m of mentions) if (m.known && m.known.length === 1) idsInReport.add(m.known[0]!.id);

  const byKindKey = new Map<string, ResolvedEntity>();
  const persons: Mention[] = [];
  const singles: Mention[] = [];
  for (const m of mentions) {
    if (m.known) {
      const e = m.known.find((k) => idsInReport.has(k.id)) ?? m.known[0]!;
      attach(m, e.id, e.kind, e.name, e.country, normalizeName(e.name), e.category);
    } else if (m.kind === 'Person') (m.surnameOnly ? singles : persons).push(m);
    else {
      const name = cleanSurface(m.name);
      const key = normalizeName(name);
      const same = byKindKey.get(`${m.kind}|${key}`);
      attach(m, same?.id ?? entityId(m.kind, name), m.kind, same?.name ?? name, same?.country, key);
      if (!same) byKindKey.set(`${m.kind}|${key}`, entities.get(same ? '' : entityId(m.kind, name))!);
    }
  }

  // Full person names: known people first, then people already seen in this report.
  for (const m of persons) {
    const display = stripHonorifics(cleanSurface(m.name));
    const key = normalizeName(display);
    if (!key) continue;
    const known = findKnownPerson(key);
    if (known) { attach(m, known.id, 'Person', known.name, known.country, normalizeName(known.name)); continue; }
    let match: ResolvedEntity | undefined;
    for (const e of entities.values()) {
      if (e.kind === 'Person' && nameSimilarity(e.key, key) >= FUZZY_THRESHOLD) { match = e; break; }
    }
    attach(m, match?.id ?? entityId('Person', display), 'Person', match?.name ?? display, match?.country, match?.key ?? key);
  }

  // A surname alone joins the full name in the same report, else a known person with that surname.
  for (const m of singles) {
    const key = nameKeyTokens(m.name).at(-1);
    if (!key) continue;
    // The most mentioned (then earliest) person in the report whose name has the surname after its first word.
    let target: ResolvedEntity | undefined;
    for (const e of entities.values()) {
      if (e.kind !== 'Person' || !e.key.includes(' ') || !keyTail(e.key).includes(key)) continue;
      if (!target || e.count > target.count || e.count === target.count && e.firstOffset < target.firstOffset) target = e;
    }
    if (target) { attach(m, target.id, 'Person', target.name, target.country, target.key); continue; }
    const known = KNOWN_SURNAMES.get(key);
    if (known && known.length === 1) { const k = known[0]!; attach(m, k.id, 'Person', k.name, k.country, normalizeName(k.name)); continue; }
    if (m.title) { const name = cleanSurface(m.name); attach(m, entityId('Person', name), 'Person', name, undefined, key); }
  }

  resolved.sort((a, b) => a.start - b.start);
  return { entities, mentions: resolved };
}
