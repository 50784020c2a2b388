/**
 * Sentences of the narrative segments with the entity mentions, dates and cue words
 * inside each: the unit the event, tie and affiliation extractors read. Dates and cues
 * are found once per sentence and shared by the extractors.
 */
import { findDates, type DateMention } from './dates.ts';
import { findCuesInTokens, type Cue } from './event-cues.ts';
import type { Token } from './tokenize.ts';
import type { ResolvedMention } from './resolve-entities.ts';
import type { ParsedReport, SectionName } from './parsed-report.ts';
import { splitSentences } from './sentences.ts';

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly section: SectionName;
  readonly mentions: readonly ResolvedMention[];
  readonly dates: readonly DateMention[];
  readonly cues: readonly Cue[];
}

/** Cues of a sentence inside [from, to). */
export function cuesWithin(s: Sentence, from: number, to: number): Cue[] {
  return s.cues.filter((c) => c.start >= from && c.end <= to);
}

/** A sentence's words for telling repeats apart: case and spacing aside. */
const sentenceKey = (text: string, start: number, end: number) => text.slice(start, end).replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The sentences of the narrative, each once: a sentence repeated word for word (a BLUF
 * restated in the body, a pasted text that repeats itself) is one piece of evidence, so
 * only its first occurrence is indexed.
 */
export function indexSentences(text: string, report: ParsedReport, mentions: readonly ResolvedMention[], tokens: readonly Token[], reportDate: string): Sentence[] {
  const out: Sentence[] = [];
  const seen = new Set<string>();
  let k = 0;
  let t = 0;
  for (const seg of report.segments) {
    for (const span of splitSentences(text, seg.start, seg.end)) {
      const key = sentenceKey(text, span.start, span.end);
      if (seen.has(key)) continue;
      seen.add(key);
      while (k < mentions.length && mentions[k]!.start < span.start) k++;
      const inside: ResolvedMention[] = [];
      for (let j = k; j < mentions.length && mentions[j]!.start < span.end; j++) inside.push(mentions[j]!);
      const dates = findDates(text, span.start, span.end, reportDate);
      // Cues matter only where an event (a date, or a past-tense verb in the BLUF/body) or a tie (two actors) can arise.
      const actors = new Set<string>();
      for (const m of inside) if (m.kind !== 'Location') actors.add(m.entityId);
      const needsCues = actors.size >= 2 || (actors.size === 1 && (dates.length > 0 || seg.section === 'bluf' || seg.section === 'body'));
      while (t < tokens.length && tokens[t]!.start < span.start) t++;
      let tEnd = t;
      while (tEnd < tokens.length && tokens[tEnd]!.start < span.end) tEnd++;
      const cues = needsCues ? findCuesInTokens(text, tokens, t, tEnd) : [];
      out.push({ start: span.start, end: span.end, section: seg.section, mentions: inside, dates, cues });
    }
  }
  return out;
}
