/**
 * Ties: pairs of actors one sentence links, each with the sentence and its offsets as
 * evidence. The polarity comes from the cue words between the two mentions (else the
 * whole sentence); a state and its own body, or a person and their own state, are one
 * side, not a tie.
 */
import type { EventKind } from '../ontology/ontology.ts';
import type { DecomposedTie } from './decomposed-report.ts';
import { kindOf, polarityOf, type Cue } from './event-cues.ts';
import type { Affiliation } from './extract-affiliations.ts';
import type { ResolvedEntity, ResolvedMention } from './resolve-entities.ts';
import { titleRunBefore } from './role-title.ts';
import type { Sentence } from './sentence-index.ts';

const isActor = (m: ResolvedMention) => m.kind !== 'Location';

const STATE_BODY = new Set(['government', 'security', 'legislature', 'court']);

/** A state and its own government body, or a person and their own state, are one side. */
function sameSide(a: ResolvedEntity, b: ResolvedEntity, affiliated: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (affiliated.get(a.id)?.has(b.id) || affiliated.get(b.id)?.has(a.id)) return true;
  const [state, other] = a.kind === 'Country' ? [a, b] : b.kind === 'Country' ? [b, a] : [null, null];
  if (!state || !other || other.kind === 'Country' || `country:${other.country}` !== state.id) return false;
  return other.kind === 'Person' || STATE_BODY.has(other.category ?? '');
}

/** "Iran-aligned factions, including Kataib Hezbollah": the prefix state backs the group named. */
const COMPOUND_LINK = /^[-‐‑](aligned|backed|allied|linked|affiliated|sponsored|funded|brokered|mediated)\b/;
const COMPOUND_TARGET = /^\s+(?:[a-z]+,?\s+){0,3}(?:(?:including|such as|like|led by|notably|among them)\s+(?:the\s+)?)?$/;
/** "suspend cooperation", "cut ties": a reversal verb turns the positive cue after it negative. */
const REVERSAL = /\b(?:suspend\w*|halt\w*|end|ends|ended|ending|cut|cuts|cutting|sever\w*|freez\w*|froze\w*|break|breaks|broke|downgrad\w*|stop\w*|damag\w*|undermin\w*|scal\w* back)\s+(?:[\p{L}-]+\s+)?$/iu;
/**
 * A cue a few words after a negation or an alternative, in the same clause, does not hold
 * ("will not use the text to justify new strikes"); "not only" is no negation.
 */
const NEGATED = /(?:\b(?:not(?!\s+only\b)|cannot|no|never|without|avoid\w*|rather than|instead of|refrain\w* from)|n[’']t)\s+(?:\S+\s+){0,6}$/i;
/** Where a clause ends, so a negation before it no longer applies. */
const CLAUSE_BREAK = /[,;:()—–]|\b(?:but|while|whereas|although)\b/giu;

/** The part of `before` after its last clause break. */
function sameClause(before: string): string {
  let from = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  return before.slice(from);
}
const WINDOW = 40;

function liveCues(text: string, cues: readonly Cue[], sentenceStart: number): Cue[] {
  const out: Cue[] = [];
  for (const c of cues) {
    if (text[c.start - 1] === '-' || text[c.start - 1] === '‑') continue; // "-aligned": a compound, handled below
    const before = text.slice(Math.max(sentenceStart, c.start - 30), c.start);
    if (NEGATED.test(sameClause(text.slice(Math.max(sentenceStart, c.start - 60), c.start)))) continue;
    if (c.polarity > 0 && REVERSAL.test(before)) {
      // The reversal verb's own cue is replaced by the reversed one.
      const verbAt = c.start - before.length + before.search(REVERSAL);
      while (out.length > 0 && out[out.length - 1]!.start >= verbAt) out.pop();
      out.push({ ...c, kind: 'conflict', polarity: -5 });
      continue;
    }
    out.push(c);
  }
  return out;
}

export function extractTies(
  text: string, sentences: readonly Sentence[], entities: ReadonlyMap<string, ResolvedEntity>,
  affiliations: readonly Affiliation[], reportDate: string,
): DecomposedTie[] {
  // person → orgs they belong to.
  const affiliated = new Map<string, Set<string>>();
  for (const a of affiliations) {
    let orgs = affiliated.get(a.person);
    if (!orgs) affiliated.set(a.person, orgs = new Set());
    orgs.add(a.org);
  }
  const out: DecomposedTie[] = [];
  for (const s of sentences) {
    const first = new Map<string, ResolvedMention>();
    for (const m of s.mentions) if (isActor(m) && !first.has(m.entityId)) first.set(m.entityId, m);
    if (first.size < 2) continue;
    const ms = [...first.values()];
    const actorMentions = s.mentions.filter(isActor);
    const sentenceCues = liveCues(text, s.cues, s.start);
    const dates = s.dates.filter((d) => !d.deadline && d.precision === 'day');
    const date = dates[0]?.date ?? reportDate;
    const sentence = text.slice(s.start, s.end);
    // Compound links: "X-aligned … Y", "X-brokered … Y".
    const linked = new Map<string, number>();
    for (const m of actorMentions) {
      const link = COMPOUND_LINK.exec(text.slice(m.end, m.end + 14));
      if (!link) continue;
      const after = m.end + link[0].length;
      const brokered = link[1] === 'brokered' || link[1] === 'mediated';
      for (const other of actorMentions) {
        if (other.start < after || other.entityId === m.entityId) continue;
        if (!brokered && !COMPOUND_TARGET.test(text.slice(after, other.start))) continue;
        linked.set(pairKey(m.entityId, other.entityId), brokered ? 4 : 6);
        if (!brokered) break;
      }
    }
    const listed = objectLists(text, actorMentions);
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length; j++) {
        const a = ms[i]!;
        const b = ms[j]!;
        const ea = entities.get(a.entityId)!;
        const eb = entities.get(b.entityId)!;
        if (sameSide(ea, eb, affiliated)) continue;
        if ([...(listed.get(a.entityId) ?? [])].some((n) => listed.get(b.entityId)?.has(n))) continue;
        const key = pairKey(a.entityId, b.entityId);
        const [x, y] = a.entityId < b.entityId ? [a.entityId, b.entityId] : [b.entityId, a.entityId];
        const compoundPolarity = linked.get(key);
        let cues = sentenceCues.filter((c) => c.start >= a.end && c.end <= b.start);
        const between = cues.length > 0;
        if (!between) cues = sentenceCues.filter((c) => (c.end <= a.start && c.end >= a.start - WINDOW) || (c.start >= b.end && c.start <= b.end + WINDOW));
        const compound = /^\s?[-–]\s?$/.test(text.slice(a.end, b.start)) || /\bbetween\s+$/.test(text.slice(Math.max(s.start, a.start - 9), a.start));
        const polarity = compoundPolarity ?? polarityOf(cues);
        const kind = compoundPolarity !== undefined ? 'cooperation' : agreeingKind(kindOf(cues, (a.end + b.start) / 2), polarity);
        const confidence = Math.min(0.95, 0.4 + (compoundPolarity !== undefined ? 0.4 : between && cues.some((c) => c.strong) ? 0.3 : cues.length > 0 ? 0.15 : 0) + (compound ? 0.2 : 0));
        out.push({ a: x, b: y, kind, polarity, date, confidence: Math.round(confidence * 100) / 100, sentence, start: s.start, end: s.end });
      }
    }
  }
  return out;
}

/**
 * Cooperation and conflict follow the polarity's sign, as timelines count them: the cue
 * nearest the middle may say "talks" while the sentence as a whole leans hostile.
 */
function agreeingKind(kind: EventKind, polarity: number): EventKind {
  if (kind !== 'cooperation' && kind !== 'conflict') return kind;
  return polarity > 0 ? 'cooperation' : polarity < 0 ? 'conflict' : 'other';
}

/** Between two names of one list: a comma or "and", then perhaps the second one's title. */
const LIST_SEPARATOR = /^(?:,|,?\s*(?:and|&))(?:\s+the)?$/i;
/** A verb that opens a reported clause: what follows may link the listed to each other. */
const SPEECH = /\b(?:said|says|say|stated|states|told|tells|announced|announces|declared|warned|reported|noted|added|argued|claimed|insisted|suggested|believes?|expects?|hopes?)\b/i;

/**
 * "Larijani met President Rashid, Speaker al-Mashhadani and Nouri al-Maliki": names listed
 * after another actor are that actor's counterparts, not tied to each other. A list that
 * opens the sentence ("Iran and Iraq signed …"), follows a speech verb ("… said Iran and
 * Iraq would sign …") or "between" ("balancing between the US and Iran") stays tied.
 * Entity id → the object lists it is a member of.
 */
function objectLists(text: string, mentions: readonly ResolvedMention[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const sorted = [...mentions].sort((x, y) => x.start - y.start);
  let list = 0;
  for (let i = 1; i < sorted.length; ) {
    let end = i;
    while (end < sorted.length && sorted[end]!.entityId !== sorted[end - 1]!.entityId
      && LIST_SEPARATOR.test(titleRunBefore(text.slice(sorted[end - 1]!.end, sorted[end]!.start)).rest)) end++;
    if (end > i) {
      const first = sorted[i - 1]!;
      // the actor before the list, unless it is part of the first name's title ("KDP leader Masoud Barzani and …")
      const opener = sorted.slice(0, i - 1).filter((m) => m.entityId !== first.entityId)
        .findLast((m) => titleRunBefore(text.slice(m.end, first.start)).rest !== '');
      const before = opener ? titleRunBefore(text.slice(opener.end, first.start)).rest : '';
      // "After talks with Erdogan on Monday, Iran and Iraq signed …": a list right after a
      // clause break opens a clause of its own (an appositive comma earlier does not matter).
      const opensClause = /(?:[,;:—–]|\b(?:and|but|while|whereas))$/i.test(before);
      if (opener && !opensClause && !SPEECH.test(before) && !/\bbetween(?:\s+the)?$/i.test(before)) {
        list++;
        for (const m of sorted.slice(i - 1, end)) out.set(m.entityId, (out.get(m.entityId) ?? new Set()).add(list));
      }
    }
    i = end + 1;
  }
  return out;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}
