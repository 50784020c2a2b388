/**
 * Everything the gazetteers know, compiled once at module load into one lookup: a map
 * from a name's first folded token to the names starting with it (longest first), so a
 * report is scanned in a single pass over its tokens.
 */
import type { EntityKind } from '../../ontology/ontology.ts';
import { entityId } from '../ids.ts';
import { normalizeName } from '../normalize-name.ts';
import { tokenize } from '../tokenize.ts';
import { COUNTRIES } from './countries.ts';
import { LOCATIONS } from './locations.ts';
import { ORGANIZATIONS } from './organizations.ts';
import { PEOPLE } from './people.ts';

export interface KnownEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** ISO alpha-3 of the state the entity belongs to (or is). */
  readonly country?: string;
  readonly category?: string;
}

export interface KnownName {
  readonly folds: readonly string[];
  /** Exact spelling required (acronyms and short all-caps forms). */
  readonly raws: readonly string[] | null;
  readonly entities: KnownEntity[];
  /** The name is a demonym ("Iranian"), an adjective rather than a name. */
  readonly demonym: boolean;
}

const byFirst = new Map<string, KnownName[]>();
const byKey = new Map<string, KnownName>();

/** Short all-caps forms ("US", "IRGC", "U.S.") are matched case-sensitively. */
function isCaseSensitive(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters.length <= 7 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function add(surface: string, entity: KnownEntity, demonym = false): void {
  const tokens = tokenize(surface);
  if (tokens.length === 0) return;
  const cs = isCaseSensitive(surface);
  const folds = tokens.map((t) => t.fold);
  const key = `${cs ? 'cs' : 'ci'}|${tokens.map((t) => (cs ? t.raw : t.fold)).join(' ')}`;
  const existing = byKey.get(key);
  if (existing) {
    if (!existing.entities.some((e) => e.id === entity.id)) existing.entities.push(entity);
    return;
  }
  const known: KnownName = { folds, raws: cs ? tokens.map((t) => t.raw) : null, entities: [entity], demonym };
  byKey.set(key, known);
  const list = byFirst.get(folds[0]!) ?? [];
  list.push(known);
  list.sort((a, b) => b.folds.length - a.folds.length);
  byFirst.set(folds[0]!, list);
}

export const KNOWN_PEOPLE: KnownEntity[] = [];
/** Every known name of a person by normalized key, for exact and fuzzy look-up. */
export const PERSON_KEYS = new Map<string, KnownEntity>();
const countryNames = new Set<string>();

for (const c of COUNTRIES) {
  const e: KnownEntity = { id: entityId('Country', c.iso3), kind: 'Country', name: c.name, country: c.iso3 };
  add(c.name, e);
  countryNames.add(c.name.toLowerCase());
  for (const a of c.aliases) { add(a, e); countryNames.add(a.toLowerCase()); }
  for (const d of c.demonyms) add(d, e, true);
}
for (const o of ORGANIZATIONS) {
  const e: KnownEntity = { id: entityId('Organization', o.name), kind: 'Organization', name: o.name, category: o.category, ...(o.country ? { country: o.country } : {}) };
  for (const s of [o.name, ...(o.aliases ?? []), ...(o.acronyms ?? [])]) add(s, e);
}
const locationNames = new Set<string>();
for (const l of LOCATIONS) {
  const e: KnownEntity = { id: entityId('Location', l.name), kind: 'Location', name: l.name, category: l.category, ...(l.country ? { country: l.country } : {}) };
  for (const s of [l.name, ...(l.aliases ?? [])]) { add(s, e); locationNames.add(s.toLowerCase()); }
}
for (const c of COUNTRIES) {
  const main = c.capitals[0];
  if (!main || countryNames.has(main.toLowerCase()) || locationNames.has(main.toLowerCase())) continue;
  const display = main === 'Washington D.C.' ? 'Washington' : main === "Sana'a" ? 'Sanaa' : main;
  const e: KnownEntity = { id: entityId('Location', display), kind: 'Location', name: display, category: 'city', country: c.iso3 };
  for (const s of c.capitals) add(s, e);
}
for (const person of PEOPLE) {
  const e: KnownEntity = { id: entityId('Person', person.name), kind: 'Person', name: person.name, ...(person.country ? { country: person.country } : {}) };
  KNOWN_PEOPLE.push(e);
  for (const s of [person.name, ...(person.aliases ?? [])]) {
    PERSON_KEYS.set(normalizeName(s), e);
    if (s.includes(' ')) add(s, e);
  }
}

export function knownNamesStartingWith(fold: string): readonly KnownName[] | undefined {
  return byFirst.get(fold);
}

const KNOWN_BY_ID = new Map<string, KnownEntity>();
for (const list of byFirst.values()) for (const k of list) for (const e of k.entities) KNOWN_BY_ID.set(e.id, e);

export function knownEntity(id: string): KnownEntity | undefined {
  return KNOWN_BY_ID.get(id);
}
