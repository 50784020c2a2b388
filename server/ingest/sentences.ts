/**
 * Sentence spans inside a segment. A line break always ends a sentence (bullets, list
 * items); ". " ends one unless the word before is a known abbreviation or an initial.
 * One linear scan, no regex backtracking.
 */
import type { Span } from './parsed-report.ts';

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'no', 'vs', 'etc', 'approx', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'inc', 'co', 'corp', 'jr', 'sr', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'd.c']);

/** Whether a UTF-16 code unit is whitespace as the regex \s defines it. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER_OR_DOT = /[\p{L}.]/u;
/** A letter or ".", the characters of an abbreviation; ASCII without the regex. */
function isLetterOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DOT.test(text[i]!);
}

function isBoundary(text: string, dot: number): boolean {
  const next = text[dot + 1];
  if (next !== ' ' && next !== '\n' && next !== undefined && next !== '"' && next !== '”' && next !== '’') return false;
  if (text[dot] !== '.') return true;
  let w = dot - 1;
  const stop = Math.max(0, dot - 12);
  while (w >= stop && isLetterOrDot(text, w)) w--;
  const word = text.slice(w + 1, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (word.length === 1 && /[a-z]/.test(word)) return false; // an initial: "J. Smith"
  return true;
}

// A list marker and a bold run-in label ("– **Economic Risks**: ...") are layout, not
// part of the sentence an analyst reads as evidence.
const LIST_LABEL = /(?:[-–—•]|\*(?!\*)|\d{1,2}[.)])?\s*(?:\*\*[^*\n]{1,60}\*\*\s*:?)?\s*/y;

function skipListLabel(text: string, s: number, e: number): number {
  LIST_LABEL.lastIndex = s;
  const m = LIST_LABEL.exec(text);
  const next = m ? s + m[0].length : s;
  return next < e ? next : s;
}

/** Longer "sentences" (pasted tables, punctuation runs) are cut, so per-sentence work stays bounded. */
export const MAX_SENTENCE = 1_000;

export function splitSentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    s = skipListLabel(text, s, e);
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (i - start >= MAX_SENTENCE) {
      const space = text.lastIndexOf(' ', i);
      const cut = space > start + MAX_SENTENCE / 2 ? space : i;
      push(cut); start = cut;
    }
    if (c === 10) { push(i); start = i + 1; } // "\n"
    else if ((c === 46 || c === 33 || c === 63) && isBoundary(text, i)) { push(i + 1); start = i + 1; } // . ! ?
  }
  push(to);
  return out;
}
