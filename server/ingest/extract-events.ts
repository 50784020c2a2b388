/**
 * Dated happenings. Each date in a narrative sentence (not a deadline such as "by
 * September 2025") anchors an event whose actors are the people, organizations and
 * countries in the same clause, plus the sentence's subject. A past-tense event verb in
 * the BLUF or body without any date gives an event on the report date (dateInferred).
 */
import type { DecomposedEvent } from './decomposed-report.ts';
import { kindOf, polarityOf, type Cue } from './event-cues.ts';
import { eventId } from './ids.ts';
import type { ResolvedMention } from './resolve-entities.ts';
import { cuesWithin, type Sentence } from './sentence-index.ts';

export type ExtractedEvent = DecomposedEvent & { datePrecision: 'day' | 'month'; locations: string[] };

const CLAUSE_BREAK = /[,;:]|\s[–—]\s|\bwhile\b|\bwhereas\b|\bbut\b/g;
const isActor = (m: ResolvedMention) => m.kind !== 'Location';
const PAST_EVENT = /\b(?:met|signed|visited|travell?ed|struck|attacked|killed|seized|fired|launched|agreed|announced|declared|recalled|halted|resumed|elected|appointed)\b/;
const MODAL = /\b(?:will|would|could|may|might|should|must|can)\b/;

function clauseAround(text: string, s: Sentence, at: number, end: number): { start: number; end: number } {
  const body = text.slice(s.start, s.end);
  let start = s.start;
  let stop = s.end;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(body); m !== null; m = CLAUSE_BREAK.exec(body)) {
    const pos = s.start + m.index;
    if (pos < at) start = pos + m[0].length;
    else if (pos >= end) { stop = pos; break; }
  }
  return { start, end: stop };
}

/** A determiner right before a date used as a modifier ("the March 2023 agreement"). */
const DETERMINER = /\b(?:the|its|their|his|her|this|a|an)\s+$/i;
/** What may follow such a date inside its noun phrase: words, hyphens, no clause break or preposition. */
const NOUN_WORD = /^\s+(?!(?:and|or|to|in|on|at|by|for|with|between|when|after|before|until|that|which|who|was|were|is|are|had|has|have)\b)([\p{L}-]+)/u;

/**
 * The noun phrase a date modifies ("the March 2023 border security agreement"), from its
 * determiner to the last of up to six words after the date, or null when the date is not
 * used so ("signed in March 2023", "on 16 January").
 */
function namedByDate(text: string, s: Sentence, start: number, end: number): { start: number; end: number } | null {
  const before = DETERMINER.exec(text.slice(Math.max(s.start, start - 12), start));
  if (!before) return null;
  let stop = end;
  for (let words = 0; words < 6; words++) {
    const next = NOUN_WORD.exec(text.slice(stop, s.end));
    if (!next) break;
    stop += next[0].length;
  }
  if (stop === end) return null;
  return { start: start - before[0].length + before[0].search(/\S/), end: stop };
}

function signed(kind: string, polarity: number): number {
  if (kind === 'conflict') return Math.min(polarity, -2);
  if (kind === 'cooperation') return Math.max(polarity, 2);
  return polarity;
}

export function extractEvents(text: string, sentences: readonly Sentence[], reportDate: string): ExtractedEvent[] {
  const out = new Map<string, ExtractedEvent>();
  const emit = (s: Sentence, date: string, precision: 'day' | 'month', inferred: boolean, actors: ResolvedMention[], places: ResolvedMention[], cues: readonly Cue[], at: number, span: { start: number; end: number }) => {
    const actorIds = [...new Set(actors.map((m) => m.entityId))];
    if (actorIds.length === 0) return;
    const kind = kindOf(cues, at);
    const polarity = signed(kind, polarityOf(cues));
    const id = eventId(date, kind, actorIds);
    if (out.has(id)) return;
    const summary = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim().slice(0, 240);
    out.set(id, {
      id, date, dateInferred: inferred, kind, polarity, summary, actors: actorIds.sort(),
      sentence: text.slice(s.start, s.end), start: s.start, end: s.end, datePrecision: precision,
      locations: [...new Set(places.map((m) => m.entityId))],
    });
  };
  for (const s of sentences) {
    if (s.section === 'headline') continue;
    const dates = s.dates.filter((d) => !d.deadline);
    const subject = s.mentions.find(isActor);
    for (const d of dates) {
      // "undercuts the March 2023 border security agreement": the date names that thing,
      // which is the event; the rest of the sentence is not.
      const named = namedByDate(text, s, d.start, d.end);
      const clause = clauseAround(text, s, d.start, d.end);
      const inClause = s.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
      const actors = inClause.filter(isActor);
      if (subject && !actors.some((a) => a.entityId === subject.entityId)) actors.push(subject);
      // The actor written nearest before the date ("… Ismail Haniyeh, who was killed in July").
      const before = s.mentions.filter((m) => isActor(m) && m.end <= d.start).at(-1);
      if (before && !actors.some((a) => a.entityId === before.entityId)) actors.push(before);
      // The thing's own words score it when they can; the actors are still the clause's.
      let cues = named ? cuesWithin(s, named.start, named.end) : [];
      if (cues.length === 0) cues = cuesWithin(s, clause.start, clause.end);
      if (cues.length === 0) cues = [...s.cues];
      emit(s, d.date, d.precision, false, actors, inClause.filter((m) => !isActor(m)), cues, d.start, named ?? clause);
    }
    if (dates.length === 0 && (s.section === 'bluf' || s.section === 'body')) {
      const body = text.slice(s.start, s.end);
      if (!PAST_EVENT.test(body) || MODAL.test(body)) continue;
      const actors = s.mentions.filter(isActor);
      const cues = s.cues;
      emit(s, reportDate, 'day', true, actors, s.mentions.filter((m) => !isActor(m)), cues, s.start, s);
    }
  }
  return [...out.values()];
}
