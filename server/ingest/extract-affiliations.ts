/**
 * Person → organization/country affiliations with a role, from three patterns:
 *   "Iran's security chief Ali Larijani", "Kataib Hezbollah commander Abu Baqir al-Saadi"
 *   "Ali Larijani, secretary of Iran's Supreme National Security Council"
 *   a title standing in for a name ("Iran's security chief calls…"), joined to the
 *   report's person from that country (the first listed key individual when several).
 */
import { TITLE_WORDS } from './name-lexicon.ts';
import type { ResolvedEntity, ResolvedMention } from './resolve-entities.ts';
import type { Sentence } from './sentence-index.ts';
import { foldWord } from './tokenize.ts';

export interface Affiliation { person: string; org: string; role: string | null }

const ROLE_HEADS = /\b(?:chief|premier|prime minister|president|leader|minister|envoy|ambassador|secretary|adviser|advisor|commander|speaker|spokesman|negotiator|head|king|emir|general|director|governor|judge|cleric|counterpart)\b/;

function isRole(words: string): boolean {
  const list = words.trim().split(/\s+/);
  if (list.length === 0 || list.length > 6) return false;
  if (!list.every((w) => /^[\p{L}’'-]+$/u.test(w))) return false;
  return list.some((w) => TITLE_WORDS.has(foldWord(w))) && ROLE_HEADS.test(words.toLowerCase());
}

function cleanRole(words: string): string {
  return words.trim().toLowerCase().replace(/^(?:the|a|an|its|his|her)\s+/, '').replace(/\s+/g, ' ');
}

const isAffiliate = (m: ResolvedMention) => m.kind === 'Organization' || m.kind === 'Country';

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
      // "<Org|Country>['s] <role> <Person>"
      if (isAffiliate(m) && next?.kind === 'Person') {
        const between = text.slice(m.end, next.start).replace(/^['’]s\b/, '');
        if (between.trim() && isRole(between)) add(next.entityId, m.entityId, cleanRole(between));
      }
      // "<Person>, <role> of|to [Country's] <Org>"
      if (m.kind === 'Person' && next && isAffiliate(next)) {
        const between = text.slice(m.end, next.start);
        const g = /^,\s+(?:(?:the|a|an)\s+)?([\p{L}’' -]{2,60}?)\s+(?:of|to|for|at|in)\s+(?:the\s+)?$/u.exec(between);
        if (g && isRole(g[1]!)) {
          // "Iran's Supreme National Security Council": the organization after the possessive is the more specific.
          const after = ms[i + 2];
          const target = next.possessive && after && after.kind === 'Organization' && /^['’]s\s+$/.test(text.slice(next.end, after.start)) ? after : next;
          add(m.entityId, target.entityId, cleanRole(g[1]!));
        }
      }
      // "<Country>'s <role>" with no name after it: a title standing in for a person.
      if (m.kind === 'Country' && m.possessive) {
        const rest = text.slice(m.end, Math.min(s.end, m.end + 60));
        const g = /^['’]s\s+((?:new|former|top|chief|senior|acting|deputy|national|security|foreign|prime|supreme|defen[cs]e|oil|intelligence|interior)\s+){0,3}(chief|premier|minister|president|leader|envoy|adviser|negotiator)\b/i.exec(rest);
        if (g && !(next && next.kind === 'Person' && next.start <= m.end + g[0].length + 2)) {
          const role = g[0].replace(/^['’]s\s+/, '');
          standIns.push({ country: m.entityId, role: role.toLowerCase(), phrase: text.slice(m.start, m.end + g[0].length), at: m.start });
        }
      }
    }
  }

  const persons = [...entities.values()].filter((e) => e.kind === 'Person');
  const countryOf = (p: ResolvedEntity): string | undefined => {
    for (const a of out.values()) if (a.person === p.id && a.org.startsWith('country:')) return a.org;
    return p.country ? `country:${p.country}` : undefined;
  };
  for (const si of standIns) {
    const candidates = persons
      .filter((p) => countryOf(p) === si.country)
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
