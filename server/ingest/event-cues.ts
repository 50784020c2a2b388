/**
 * Cue words for the kind and polarity of what a sentence reports, on a −10…+10 scale in
 * the spirit of GDELT's Goldstein scale (military force about −10, sanctions about −8,
 * threats and accusations −2 to −6, statements near 0, meetings +1 to +4, agreements and
 * aid +5 to +8).
 *
 * Entries are words ("war"), stems ending in "*" ("attack*" covers attacks, attacked) or
 * two-word phrases joined by "_" ("maximum_pressure"). They compile into maps looked up
 * per word, which is several times faster than one large alternation regex.
 */
import type { EventKind } from '../ontology/ontology.ts';
import type { Token } from './tokenize.ts';

export interface Cue { readonly kind: EventKind; readonly polarity: number; readonly start: number; readonly end: number; readonly strong: boolean }

const TABLE: ReadonlyArray<readonly [string, EventKind, number, boolean]> = [
  // conflict
  ['killed kills killing kill assassinat*', 'conflict', -10, true],
  ['strike strikes struck airstrike airstrikes air_strike air_strikes bomb* shell* raid raids', 'conflict', -9, true],
  ['attack* fired fires firing barrage missile missiles rocket rockets drone_attack drone_attacks', 'conflict', -9, true],
  ['seiz* hijack* captur* invasion invad* offensive clash* fighting hostilit* war retaliat* escalat*', 'conflict', -8, true],
  ['sanction* blockade embargo maximum_pressure penalt*', 'conflict', -7, true],
  ['recall* expel* summon* sever* rupture broke_off cut_ties cut_relations', 'conflict', -5, true],
  ['cut cuts cutting halt* suspend* lapse* expire* closed closure threat* pressure tension tensions hostile confront* aggression rival* dispute* friction', 'conflict', -4, false],
  ['counter* deter* contain* destabilis* destabiliz* undermin* expansion* strain* squeez* crossfire spillover target targets targeting', 'conflict', -3, false],
  ['condemn* accus* blam* warn* reject* oppos* complain* complaint protest* question questions questioned questioning criticis* criticiz* interference against', 'statement', -3, false],
  // statements
  ['said says stated statement announc* declar* told called urged pledg* vow* claimed insist* stress* confirmed speech', 'statement', 0, false],
  ['welcom* prais* thank* congratulat* greetings condolence* mourning solidarity', 'statement', 3, false],
  // cooperation
  ['visit* travelled traveled arriv* met meet* talks hosted received call_with phone_call', 'cooperation', 4, true],
  ['cooperat* partnership ties relations engagement dialogue coordinat* mediat* brokered support* assist* allies ally proxy proxies patron backer lifeline alliance allied aligned backed backing brotherly', 'cooperation', 4, false],
  ['suppl* arming funding funded financing bankroll* linking linked links connect* corridor', 'cooperation', 3, false],
  ['strengthen* stronger deepen* boost* enhanc* tangible bilateral joint partner partners balanc*', 'cooperation', 3, false],
  ['agree* signed signing sign memorand* deal accord pact treaty framework arrangement barter', 'cooperation', 6, true],
  ['ceasefire truce resum* restor* reopen* normalis* normaliz* reconcil* de-escalat* aid investment trade', 'cooperation', 5, true],
  // other
  ['elect* vote voted votes voting appoint* named nominat* took_office sworn ruling ruled crash* died death stoppage stopped postpon* approv* designat*', 'other', 0, true],
];

interface Row { kind: EventKind; polarity: number; strong: boolean }
const WORDS = new Map<string, Row>();
/** Stems bucketed by their first three letters, longest first. */
const STEMS = new Map<string, [string, Row][]>();
const PHRASES = new Map<string, Row>();
for (const [entries, kind, polarity, strong] of TABLE) {
  const row = { kind, polarity, strong };
  for (const e of entries.split(/\s+/)) {
    if (e.includes('_')) PHRASES.set(e.replace('_', ' '), row);
    else if (e.endsWith('*')) {
      const stem = e.slice(0, -1);
      const bucket = STEMS.get(stem.slice(0, 3)) ?? [];
      bucket.push([stem, row]);
      bucket.sort((a, b) => b[0].length - a[0].length);
      STEMS.set(stem.slice(0, 3), bucket);
    } else if (!WORDS.has(e)) WORDS.set(e, row);
  }
}

const PHRASE_STARTS = new Set([...PHRASES.keys()].map((p) => p.split(' ')[0]!));

const lookupCache = new Map<string, Row | null>();
/** Memoized: the same words recur in every report. */
function lookupWord(word: string): Row | undefined {
  if (word.length < 3) return undefined;
  const cached = lookupCache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const row = lookupWordUncached(word);
  if (lookupCache.size < 50_000) lookupCache.set(word, row ?? null);
  return row;
}

function lookupWordUncached(word: string): Row | undefined {
  const exact = WORDS.get(word);
  if (exact) return exact;
  const bucket = word.length >= 3 ? STEMS.get(word.slice(0, 3)) : undefined;
  if (bucket) for (const [stem, row] of bucket) if (word.startsWith(stem)) return row;
  return undefined;
}

/** Cues among tokens[from, to) (already folded to lower case): no second pass over the text. */
export function findCuesInTokens(text: string, tokens: readonly Token[], from: number, to: number): Cue[] {
  const out: Cue[] = [];
  let prev: Token | undefined;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    let word = t.fold;
    // "de-escalation" is one word; the tokenizer split it at the hyphen.
    if (prev && prev.fold === 'de' && text[prev.end] === '-' && t.start === prev.end + 1) word = `de-${word}`;
    const phrase = prev && PHRASE_STARTS.has(prev.fold) && /^\s+$/.test(text.slice(prev.end, t.start)) ? PHRASES.get(`${prev.fold} ${word}`) : undefined;
    if (phrase && prev) {
      if (out.length > 0 && out[out.length - 1]!.start === prev.start) out.pop();
      out.push({ kind: phrase.kind, polarity: phrase.polarity, strong: phrase.strong, start: prev.start, end: t.end });
    } else {
      const row = lookupWord(word);
      if (row) out.push({ kind: row.kind, polarity: row.polarity, strong: row.strong, start: word.startsWith('de-') ? prev!.start : t.start, end: t.end });
    }
    prev = t;
  }
  return out;
}

/** Mean polarity of the cues, clamped to the scale; 0 with no cues. */
export function polarityOf(cues: readonly Cue[]): number {
  let sum = 0;
  let n = 0;
  for (const c of cues) if (c.polarity !== 0) { sum += c.polarity; n++; }
  if (n === 0) return 0;
  return Math.max(-10, Math.min(10, Math.round((sum / n) * 10) / 10));
}

/** The kind a set of cues points to: the strongest cue nearest `at`, else the most frequent kind. */
export function kindOf(cues: readonly Cue[], at: number): EventKind {
  if (cues.length === 0) return 'other';
  const strong = cues.filter((c) => c.strong);
  const pool = strong.length > 0 ? strong : cues;
  let best = pool[0]!;
  for (const c of pool) if (Math.abs(c.start - at) < Math.abs(best.start - at)) best = c;
  return best.kind;
}
