/**
 * Entity mentions in a parsed report, from four sources in order of trust:
 * 1. the gazetteers (countries with demonyms, organizations, places, known people);
 * 2. acronym definitions, "Long Name (ACR)", which also bind later uses of ACR;
 * 3. the key-individuals list;
 * 4. the name recogniser on the remaining capitalised spans (compromise's lexicon).
 */
import type { EntityKind } from '../ontology/ontology.ts';
import { knownNamesStartingWith, type KnownEntity } from './gazetteer/known-entities.ts';
import { GIVEN_NAMES, isCommonWord, isFunctionWord, LEXICON_PLACES, NON_ENTITY_HEADS, ORG_HEADS, PLACE_HEADS, PLACE_NOUNS, SURNAMES, TITLE_MODIFIERS, TITLE_WORDS } from './name-lexicon.ts';
import { foldWord } from './tokenize.ts';
import type { ListItem, ParsedReport, SectionName } from './parsed-report.ts';
import { isNameGapAt, tokenize, type Token } from './tokenize.ts';

export interface Mention {
  readonly start: number;
  readonly end: number;
  /** Text as written, possessive removed. */
  readonly surface: string;
  readonly section: SectionName;
  readonly kind: EntityKind;
  /** Gazetteer entries the surface names (several when an acronym is ambiguous). */
  known: KnownEntity[] | null;
  /** Name for entities the gazetteers do not know. */
  readonly name: string;
  readonly demonym: boolean;
  readonly possessive: boolean;
  /** A one-word person name ("Larijani") to join to a full name. */
  readonly surnameOnly: boolean;
  /** Title words written before a person's name ("Foreign Minister"). */
  readonly title: string | null;
  readonly fromKeyList: boolean;
  /** Set by resolveEntities. */
  entityId: string;
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'e', 'ul', 'ud', 'bni', 'de']);
/** Particles are at most four letters: longer words skip the set look-up (and hashing the string). */
const isParticleWord = (fold: string): boolean => fold.length <= 4 && PARTICLES.has(fold);

function matchKnown(text: string, tokens: readonly Token[], i: number): { length: number; known: KnownEntity[]; demonym: boolean } | null {
  const first = tokens[i]!;
  const candidates = knownNamesStartingWith(first.fold);
  if (!candidates) return null;
  outer: for (const c of candidates) {
    const n = c.folds.length;
    if (i + n > tokens.length) continue;
    for (let k = 0; k < n; k++) {
      const t = tokens[i + k]!;
      if (t.fold !== c.folds[k]) continue outer;
      if (c.raws && t.raw !== c.raws[k]) continue outer;
      if (k > 0 && (!isNameGapAt(text, tokens[i + k - 1]!.end, t.start, tokens[i + k - 1]) || tokens[i + k - 1]!.possessive)) continue outer;
    }
    if (!c.raws && !first.upper && !(PARTICLES.has(first.fold) && text[first.end] === '-')) continue;
    // "al-Houthi" is a family name, not the Houthi movement.
    const prev = tokens[i - 1];
    if (prev && PARTICLES.has(prev.fold) && /^[-‐‑]$/.test(text.slice(prev.end, first.start))) continue;
    // An acronym glued to more letters by a hyphen is part of another word ("US-made" is fine, "IS-K" is not ours).
    return { length: n, known: c.entities, demonym: c.demonym };
  }
  return null;
}

interface Draft { start: number; end: number; kind: EntityKind; known: KnownEntity[] | null; name: string; demonym?: boolean; possessive: boolean; surnameOnly?: boolean; title?: string | null; fromKeyList?: boolean }

function toMention(text: string, section: SectionName, d: Draft): Mention {
  return {
    start: d.start, end: d.end, surface: text.slice(d.start, d.end), section, kind: d.kind, known: d.known, name: d.name,
    demonym: d.demonym ?? false, possessive: d.possessive, surnameOnly: d.surnameOnly ?? false, title: d.title ?? null, fromKeyList: d.fromKeyList ?? false,
    entityId: '',
  };
}

const ACRONYM = /\(([A-Z][A-Za-z0-9&+.-]{1,11})\)/g;

/** Initials of a long form are a subsequence of the acronym, starting with its first letter. */
function initialsFit(acronym: string, words: readonly Token[]): boolean {
  const acr = acronym.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (!words[0] || words[0].raw[0]!.toUpperCase() !== acr[0]) return false;
  let pos = 0;
  for (const w of words) {
    if (!w.upper) continue;
    const at = acr.indexOf(w.raw[0]!.toUpperCase(), pos);
    if (at < 0) return false;
    pos = at + 1;
  }
  return true;
}

const LONG_FORM_CONNECTORS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'al', 'el', 'to']);

interface SegmentTokens { section: SectionName; tokens: Token[]; covered: Uint8Array }

export interface MentionResult {
  readonly mentions: Mention[];
  /** Tokens of the narrative segments in text order, for the extractors to reuse. */
  readonly tokens: Token[];
  /** Acronym → entity it was defined as in this report. */
  readonly acronyms: ReadonlyMap<string, { kind: EntityKind; known: KnownEntity[] | null; name: string }>;
}

export function findMentions(text: string, report: ParsedReport): MentionResult {
  const drafts: { section: SectionName; d: Draft }[] = [];
  const segs: SegmentTokens[] = report.segments.map((s) => {
    const tokens = tokenize(text, s.start, s.end);
    return { section: s.section, tokens, covered: new Uint8Array(tokens.length) };
  });

  // 1. Gazetteer names.
  for (const seg of segs) {
    const { tokens, covered } = seg;
    for (let i = 0; i < tokens.length; i++) {
      // Names start with a capital (or a particle: "al-Qaeda"); most tokens can be skipped at once.
      const t = tokens[i]!;
      if (!t.upper && !isParticleWord(t.fold)) continue;
      const hit = matchKnown(text, tokens, i);
      if (!hit) continue;
      const last = tokens[i + hit.length - 1]!;
      const e0 = hit.known[0]!;
      drafts.push({ section: seg.section, d: { start: tokens[i]!.start, end: last.end, kind: e0.kind, known: hit.known, name: e0.name, demonym: hit.demonym, possessive: last.possessive } });
      covered.fill(1, i, i + hit.length);
      i += hit.length - 1;
    }
  }

  // 2. Acronym definitions: "Long Name (ACR)".
  const draftByEnd = new Map<number, { section: SectionName; d: Draft }>();
  const draftByStart = new Map<number, { section: SectionName; d: Draft }>();
  for (const x of drafts) { draftByEnd.set(x.d.end, x); draftByStart.set(x.d.start, x); }
  const acronyms = new Map<string, { kind: EntityKind; known: KnownEntity[] | null; name: string }>();
  for (const seg of segs) {
    const { tokens, covered } = seg;
    if (tokens.length === 0) continue;
    const from = tokens[0]!.start;
    const to = tokens[tokens.length - 1]!.end + 2;
    const paren = text.indexOf('(', from);
    if (paren < 0 || paren >= to) continue;
    ACRONYM.lastIndex = paren;
    for (let m = ACRONYM.exec(text); m !== null && m.index < to; m = ACRONYM.exec(text)) {
      const acr = m[1]!;
      if ((acr.match(/[A-Z]/g)?.length ?? 0) < 2) continue;
      const open = m.index;
      // The last token before "(": binary search, tokens are in text order.
      let lo = 0;
      let hi = tokens.length - 1;
      let j = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid]!.end <= open) { j = mid; lo = mid + 1; } else hi = mid - 1;
      }
      if (j < 0) continue;
      const before = draftByEnd.get(tokens[j]!.end);
      if (before && !before.d.demonym) {
        acronyms.set(acr, { kind: before.d.kind, known: before.d.known, name: before.d.name });
        continue;
      }
      // Walk back over capitalised words and connectors for the longest long form that fits.
      let best = -1;
      for (let s = j, span = 0; s >= 0 && span < 10; s--, span++) {
        const t = tokens[s]!;
        if (covered[s] || t.possessive && s !== j) break;
        if (s < j && !/^[ \-’']{1,2}$/.test(text.slice(t.end, tokens[s + 1]!.start))) break;
        if (!t.upper && !LONG_FORM_CONNECTORS.has(t.fold)) break;
        if (t.upper && initialsFit(acr, tokens.slice(s, j + 1))) best = s;
      }
      if (best < 0 || best === j && tokens[j]!.raw.length < 4) continue;
      while (best <= j && !tokens[best]!.upper) best++;
      const words = tokens.slice(best, j + 1);
      const name = text.slice(words[0]!.start, words[words.length - 1]!.end);
      const lastFold = words[words.length - 1]!.fold;
      if (NON_ENTITY_HEADS.has(words[0]!.fold) || isCommonWord(words[0]!.fold) && words.length === 1) continue;
      const kind: EntityKind = PLACE_HEADS.has(lastFold) ? 'Location' : 'Organization';
      acronyms.set(acr, { kind, known: null, name });
      drafts.push({ section: seg.section, d: { start: words[0]!.start, end: words[words.length - 1]!.end, kind, known: null, name, possessive: false } });
      covered.fill(1, best, j + 1);
    }
  }

  // 3. Uses of defined acronyms, then the name recogniser on the remaining capitalised spans.
  for (const seg of segs) {
    const { tokens, covered } = seg;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const def = t.upper && acronyms.size > 0 ? acronyms.get(t.raw) : undefined;
      if (!def) continue;
      const atStart = covered[i] ? draftByStart.get(t.start) : undefined;
      const existing = atStart && atStart.d.end === t.end ? atStart : undefined;
      if (existing) { existing.d.known = def.known; existing.d.kind = def.kind; existing.d.name = def.name; continue; }
      if (covered[i]) continue;
      drafts.push({ section: seg.section, d: { start: t.start, end: t.end, kind: def.kind, known: def.known, name: def.name, possessive: t.possessive } });
      covered[i] = 1;
    }
    recogniseNames(text, seg, (d) => drafts.push({ section: seg.section, d }));
  }

  for (const item of report.keyEntities) drafts.push({ section: 'key-individuals', d: keyListDraft(text, item) });

  const mentions = drafts.map((x) => toMention(text, x.section, x.d)).sort((a, b) => a.start - b.start);
  // Segments are in text order. (A plain loop: Array.prototype.flatMap is slow on large arrays.)
  const tokens: Token[] = [];
  for (const x of segs) for (const t of x.tokens) tokens.push(t);
  return { mentions, acronyms, tokens };
}

/** An item of the key-individuals list: a gazetteer name, an organization-looking name, or a person. */
function keyListDraft(text: string, item: ListItem): Draft {
  const tokens = tokenize(text, item.start, item.end);
  const paren = item.text.indexOf(' (');
  const bare = paren > 0 ? tokenize(text, item.start, item.start + paren) : tokens;
  const hit = tokens.length > 0 ? matchKnown(text, tokens, 0) : null;
  if (hit && (hit.length === tokens.length || hit.length === bare.length)) {
    const e0 = hit.known[0]!;
    return { start: item.start, end: item.end, kind: e0.kind, known: hit.known, name: e0.name, possessive: false, fromKeyList: true };
  }
  const name = item.text.replace(/\s*\([^)]*\)\s*$/, '').trim() || item.text;
  const last = tokens[tokens.length - 1]?.fold ?? '';
  const orgish = ORG_HEADS.has(last) || tokens.some((t) => ['kataib', 'asaib', 'hezbollah', 'hizbullah', 'harakat', 'saraya', 'jaish', 'ansar', 'liwa'].includes(t.fold));
  const kind: EntityKind = orgish ? 'Organization' : PLACE_HEADS.has(last) ? 'Location' : 'Person';
  return { start: item.start, end: item.start + name.length, kind, known: null, name, possessive: false, fromKeyList: true };
}

/** Capitalised spans not claimed by a gazetteer: people, and organizations or places by their last word. */
function recogniseNames(text: string, seg: SegmentTokens, emit: (d: Draft) => void): void {
  const { tokens, covered } = seg;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (covered[i] || !(t.upper || isParticle(text, tokens, i))) { i++; continue; }
    let j = i;
    while (j + 1 < tokens.length && !covered[j + 1] && !tokens[j]!.possessive) {
      const next = tokens[j + 1]!;
      if (!isNameGapAt(text, tokens[j]!.end, next.start, tokens[j])) break;
      if (!(next.upper || isParticle(text, tokens, j + 1))) break;
      j++;
    }
    classifyRun(text, tokens, i, j, emit);
    i = j + 1;
  }
}

function isParticle(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!isParticleWord(t.fold)) return false;
  const next = tokens[i + 1];
  return !!next && next.upper && next.start === t.end + 1 && /[-\s’']/.test(text[t.end]!);
}

function classifyRun(text: string, tokens: readonly Token[], from: number, to: number, emit: (d: Draft) => void): void {
  // "Maritime Transport Authority": an organization head makes a name even of common words.
  let o = from;
  while (o < to && (isFunctionWord(tokens[o]!.fold) || tokens[o]!.raw.length === 1)) o++;
  if (to > o && ORG_HEADS.has(tokens[to]!.fold) && !NON_ENTITY_HEADS.has(tokens[o]!.fold) && !TITLE_WORDS.has(tokens[o]!.fold) && tokens[o]!.upper) {
    emit({ start: tokens[o]!.start, end: tokens[to]!.end, possessive: tokens[to]!.possessive, kind: 'Organization', known: null, name: text.slice(tokens[o]!.start, tokens[to]!.end) });
    return;
  }
  let s = from;
  const titles: string[] = [];
  // Lower-case titles just before the span ("businessman Peshraw Dizayee", "commander Bese Hozat").
  for (let b = from - 1, n = 0; b >= 0 && n < 3; b--, n++) {
    const t = tokens[b]!;
    if (t.upper || !TITLE_WORDS.has(t.fold) || !isNameGapAt(text, t.end, tokens[b + 1]!.start)) break;
    titles.unshift(t.raw);
  }
  while (s <= to) {
    const t = tokens[s]!;
    if (TITLE_WORDS.has(t.fold) && !(GIVEN_NAMES.has(t.fold) && s < to && !TITLE_WORDS.has(tokens[s + 1]!.fold))) { titles.push(t.raw); s++; continue; }
    if (isCommonWord(t.fold) || t.raw.length === 1) { titles.length = 0; s++; continue; }
    break;
  }
  while (s <= to && !tokens[s]!.upper) s++; // a leading particle without its name
  while (to >= s && !tokens[to]!.upper) to--; // a trailing particle without its name
  if (s > to) return;
  const words = tokens.slice(s, to + 1);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const start = first.start;
  const end = last.end;
  const possessive = last.possessive;
  const name = text.slice(first.start, last.end);
  const title = titles.length > 0 ? titles.join(' ') : null;
  if (NON_ENTITY_HEADS.has(first.fold) || NON_ENTITY_HEADS.has(last.fold) || /^\d/.test(first.raw)) return;
  const placeNoun = !title && text.charCodeAt(last.end) === 32 ? PLACE_NOUNS.exec(text.slice(last.end, last.end + 20)) : null;
  if (placeNoun && !GIVEN_NAMES.has(first.fold)) {
    // Keyed by the proper name, so "Khor Abdullah channel" and "Khor Abdullah waterway" are one place; the surface keeps the noun.
    emit({ start: first.start, end: last.end + placeNoun[0].length, possessive: false, kind: 'Location', known: null, name: text.slice(first.start, last.end) });
    return;
  }
  if (words.length >= 2 && ORG_HEADS.has(last.fold) && !title) { emit({ start, end, possessive, kind: 'Organization', known: null, name }); return; }
  if (words.length >= 2 && PLACE_HEADS.has(last.fold) && !title) { emit({ start, end, possessive, kind: 'Location', known: null, name }); return; }
  if (words.length >= 2 && words.length <= 6) {
    const personal = GIVEN_NAMES.has(first.fold) || title !== null || SURNAMES.has(last.fold) || isAppositive(text, last.end);
    if (personal && !words.slice(1).every((w) => isCommonWord(w.fold))) emit({ start, end, possessive, kind: 'Person', known: null, name, title });
    return;
  }
  if (words.length === 1) {
    if (isCommonWord(first.fold) || first.raw.length < 3 || first.raw === first.raw.toUpperCase()) return;
    if (LEXICON_PLACES.has(first.fold) && !title) { emit({ start, end, possessive, kind: 'Location', known: null, name }); return; }
    const roleTitle = titles.some((w) => !TITLE_MODIFIERS.has(foldWord(w))) ? title : null;
    emit({ start, end, possessive, kind: 'Person', known: null, name, title: roleTitle, surnameOnly: true });
  }
}

/** ", who …" or ", a senior commander …" after a name: the name is a person's. */
function isAppositive(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 44) return false; // ","
  const apposition = /^,\s+(?:who\b|(?:a|an|the|its|his|her)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+))/u.exec(text.slice(at, at + 50));
  return !!apposition && (apposition[1] === undefined || apposition[1].split(/\s+/).some((w) => TITLE_WORDS.has(foldWord(w)) && !TITLE_MODIFIERS.has(foldWord(w))));
}
