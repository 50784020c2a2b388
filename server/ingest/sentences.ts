/**
 * Sentence spans inside a segment. A line break always ends a sentence (bullets, list
 * items); ". " ends one unless the word before is a known abbreviation or an initial.
 * One linear scan, no regex backtracking.
 */
import type { Span } from './parsed-report.ts';

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'no', 'vs', 'etc', 'approx', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'inc', 'co', 'corp', 'jr', 'sr', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'd.c']);

function isBoundary(text: string, dot: number): boolean {
  const next = text[dot + 1];
  if (next !== ' ' && next !== '\n' && next !== undefined && next !== '"' && next !== '”' && next !== '’') return false;
  if (text[dot] !== '.') return true;
  let w = dot - 1;
  const stop = Math.max(0, dot - 12);
  while (w >= stop && /[\p{L}.]/u.test(text[w]!)) w--;
  const word = text.slice(w + 1, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (word.length === 1 && /[a-z]/.test(word)) return false; // an initial: "J. Smith"
  return true;
}

/** Longer "sentences" (pasted tables, punctuation runs) are cut, so per-sentence work stays bounded. */
export const MAX_SENTENCE = 1_000;

export function splitSentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (i - start >= MAX_SENTENCE) {
      const space = text.lastIndexOf(' ', i);
      const cut = space > start + MAX_SENTENCE / 2 ? space : i;
      push(cut); start = cut;
    }
    if (ch === '\n') { push(i); start = i + 1; }
    else if ((ch === '.' || ch === '!' || ch === '?') && isBoundary(text, i)) { push(i + 1); start = i + 1; }
  }
  push(to);
  return out;
}
