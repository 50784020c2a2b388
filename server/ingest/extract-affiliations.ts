/**
 * Person → organization/country affiliations with a role, from these patterns:
 *   "Iran's security chief Ali Larijani", "Kataib Hezbollah commander Abu Baqir al-Saadi",
 *   "the US delegation was led by Vice President JD Vance"
 *   "Asaib Ahl al-Haq, led by Qais al-Khazali", "Nouri al-Maliki's State of Law Coalition"
 *   "Ali Larijani, secretary of Iran's Supreme National Security Council"
 *   "Shamkhani signed for Iran and National Security Adviser Qasim al-Araji for Iraq"
 *   a title standing in for a name ("Iran's security chief calls…"), joined to the
 *   report's person from that country (the first listed key individual when several)
 *   whose known role, if any, is that office.
 * The role is the title as written directly before the name (role-title.ts); a person
 * listed after "and", "from", a verb… is a separate party, not the preceding country's.
 */
import { leadsGroup, onlyModifiers, sameOffice, titleRunBefore } from './role-title.ts';
import type { ResolvedEntity, ResolvedMention } from './resolve-entities.ts';
import type { Sentence } from './sentence-index.ts';

export interface Affiliation { person: string; org: string; role: string | null }

/** At most this many words between an organization and the name its title introduces. */
const MAX_LINK_WORDS = 9;

const isAffiliate = (m: ResolvedMention) => m.kind === 'Organization' || m.kind === 'Country';

/** "<Org|Country>['s] <between> <Person>": the role when the title run links the two, else undefined. */
function roleAfterAffiliate(between: string): string | undefined {
  // "Islamic Revolutionary Guard Corps (IRGC) commander …": the acronym (or the bracket
  // closing it, when the acronym is itself the mention) belongs to the name before.
  const link = between.replace(/^['’]s\b/, '').replace(/^\s*\([\p{Lu}\p{N}&.-]{2,12}\)|^\)/u, '');
  const words = link.trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_LINK_WORDS) return undefined;
  const { role, rest } = titleRunBefore(link);
  return role && (onlyModifiers(rest) || leadsGroup(rest)) ? role : undefined;
}

/**
 * A group and the person who leads it, with or without a title: "Asaib Ahl al-Haq under
 * Qais al-Khazali", "AAH, led by Qais al-Khazali", "the Badr Organization of Hadi al-Amiri".
 * Only for organizations: "sanctions on Iran under Trump" does not make Trump Iranian.
 */
const LED_BY = /^(?:\s*\([\p{Lu}\p{N}&.-]{2,12}\))?,?\s+(?:(?:led|headed|chaired|founded)\s+by|under|of)\s+(.*)$/su;

function roleOfLeader(between: string): string | null | undefined {
  const g = LED_BY.exec(between);
  if (!g) return undefined;
  const { role, rest } = titleRunBefore(g[1]!);
  return onlyModifiers(rest) ? role : undefined;
}

/** "<Person>'s <Org>" ("Nouri al-Maliki's State of Law Coalition") or "<Person>, whose <Org>". */
const OWNS_ORG = /^(?:['’]s|,\s+whose)\s+(?:own\s+)?$/;

/** "<Person>, <phrase> of|to|for|at|in <Org>": the role when the phrase is a title, else undefined. */
function roleInApposition(between: string): string | undefined {
  const g = /^,\s+([\p{L}’' -]{2,60}?)\s+(?:of|to|for|at|in)\s+(?:the\s+)?$/u.exec(between);
  if (!g) return undefined;
  const { role, rest } = titleRunBefore(g[1]!);
  return role && onlyModifiers(rest) ? role : undefined;
}

/**
 * "… for <Country> and <title> <Person> for <Country>": in a list of who acted for which
 * side, a person belongs to the party named after them. The role when it applies, else
 * undefined (null: no title before the name).
 */
function roleInForList(text: string, sentenceStart: number, prev: ResolvedMention | undefined, person: ResolvedMention, next: ResolvedMention): string | null | undefined {
  if (!prev || !isAffiliate(prev) || prev.possessive || next.possessive) return undefined;
  if (!/^\s+for\s+(?:the\s+)?$/.test(text.slice(person.end, next.start))) return undefined;
  if (!/\bfor\s+(?:the\s+)?$/.test(text.slice(Math.max(sentenceStart, prev.start - 12), prev.start))) return undefined;
  const link = /^(?:\s*,\s*|,?\s+and\s+)(.*)$/su.exec(text.slice(prev.end, person.start));
  if (!link) return undefined;
  const { role, rest } = titleRunBefore(link[1]!);
  return onlyModifiers(rest) ? role : undefined;
}

export function extractAffiliations(text: string, sentences: readonly Sentence[], entities: ReadonlyMap<string, ResolvedEntity>): Affiliation[] {
  const out = new Map<string, Affiliation>();
  const add = (person: string, org: string, role: string | null) => {
    const key = `${person}|${org}`;
    const prev = out.get(key);
    if (!prev || (!prev.role && role)) out.set(key, { person, org, role });
  };
  const standIns: { country: string; role: string; phrase: string; at: number }[] = [];

  for (const s of sentences) {
    const ms = s.mentions;
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      const next = ms[i + 1];
      if (isAffiliate(m) && next?.kind === 'Person') {
        const between = text.slice(m.end, next.start);
        const role = roleAfterAffiliate(between);
        if (role) add(next.entityId, m.entityId, role);
        else if (m.kind === 'Organization') {
          const led = roleOfLeader(between);
          if (led !== undefined) add(next.entityId, m.entityId, led);
        }
      }
      if (m.kind === 'Person' && next?.kind === 'Organization' && OWNS_ORG.test(text.slice(m.end, next.start))) add(m.entityId, next.entityId, null);
      if (m.kind === 'Person' && next && isAffiliate(next)) {
        const role = roleInApposition(text.slice(m.end, next.start));
        if (role) {
          // "Iran's Supreme National Security Council": the organization after the possessive is the more specific.
          const after = ms[i + 2];
          const target = next.possessive && after && after.kind === 'Organization' && /^['’]s\s+$/.test(text.slice(next.end, after.start)) ? after : next;
          add(m.entityId, target.entityId, role);
        }
        const listed = roleInForList(text, s.start, ms[i - 1], m, next);
        if (listed !== undefined) add(m.entityId, next.entityId, listed);
      }
      // "<Country>'s <role>" with no name after it: a title standing in for a person.
      if (m.kind === 'Country' && m.possessive) {
        const rest = text.slice(m.end, Math.min(s.end, m.end + 60));
        const g = /^['’]s\s+((?:new|former|top|chief|senior|acting|deputy|national|security|foreign|prime|supreme|defen[cs]e|oil|intelligence|interior)\s+){0,3}(chief|premier|minister|president|leader|envoy|adviser|negotiator)\b/i.exec(rest);
        if (g && !(next && next.kind === 'Person' && next.start <= m.end + g[0].length + 2)) {
          const { role } = titleRunBefore(g[0].replace(/^['’]s\s+/, ''));
          if (role) standIns.push({ country: m.entityId, role, phrase: text.slice(m.start, m.end + g[0].length), at: m.start });
        }
      }
    }
  }

  const persons = [...entities.values()].filter((e) => e.kind === 'Person');
  const countryOf = (p: ResolvedEntity): string | undefined => {
    for (const a of out.values()) if (a.person === p.id && a.org.startsWith('country:')) return a.org;
    return p.country ? `country:${p.country}` : undefined;
  };
  const roles = (p: ResolvedEntity) => [...out.values()].flatMap((a) => (a.person === p.id && a.role ? [a.role] : []));
  for (const si of standIns) {
    // "an adviser to Iran's supreme leader" is not about Iran's security chief: a person
    // whose office the report already states stands in only for that office.
    const candidates = persons
      .filter((p) => countryOf(p) === si.country && roles(p).every((r) => sameOffice(r, si.role)))
      .sort((a, b) => (a.keyListRank ?? 99) - (b.keyListRank ?? 99) || a.firstOffset - b.firstOffset);
    const person = candidates[0];
    if (!person) continue;
    add(person.id, si.country, si.role);
    person.aliases.add(si.phrase);
  }
  // A person with no stated affiliation belongs to their country, when the report names it.
  for (const p of persons) {
    if ([...out.values()].some((a) => a.person === p.id)) continue;
    const c = p.country ? `country:${p.country}` : undefined;
    if (c && entities.has(c)) add(p.id, c, null);
  }
  return [...out.values()];
}
