/**
 * Word tokens with character offsets. Letters and digits form tokens; hyphens and
 * apostrophes separate them, so "Iran-Iraq" yields Iran and Iraq, and "al-Sudani" yields
 * al and Sudani (the gap text between tokens is kept so matchers can check it).
 * A possessive "’s" is not a token: it marks the token before it instead.
 */
export interface Token {
  /** Text as written. */
  readonly raw: string;
  /** Lower case, diacritics removed: the form every gazetteer key uses. */
  readonly fold: string;
  readonly start: number;
  readonly end: number;
  /** Followed by "’s" or "'s". */
  possessive: boolean;
  /** First character is an upper-case letter. */
  readonly upper: boolean;
}

const WORD_ASTRAL = /^[\p{L}\p{N}]$/u;
const APOSTROPHE = /['’‘`]/;
const COMBINING = /\p{M}+/gu;
const foldCache = new Map<string, string>();

/** Lower case without diacritics ("Erdoğan" → "erdogan", "İmralı" → "imrali"). */
export function foldWord(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = word.normalize('NFKD').replace(COMBINING, '').toLowerCase().replace(/ı/g, 'i');
    if (foldCache.size < 50_000) foldCache.set(word, folded);
  }
  return folded;
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const limit = Math.min(to, text.length);
  let i = from;
  while (i < limit) {
    let code = text.charCodeAt(i);
    const asciiWord = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    if (!asciiWord && (code < 128 || !startsWord(text, i, limit))) { i++; continue; }
    const start = i;
    // Plain lower-case ASCII words (most of them) are their own folded form: no allocation.
    let plain = true;
    while (i < limit) {
      code = text.charCodeAt(i);
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) { i++; continue; }
      if (code >= 65 && code <= 90) { plain = false; i++; continue; }
      if (code < 128) break;
      plain = false;
      if (LETTER_OR_DIGIT.test(text[i]!) || (code >= 0x300 && code < 0x370)) { i++; continue; }
      if (code >= 0xd800 && code < 0xdc00 && i + 1 < limit && WORD_ASTRAL.test(text.slice(i, i + 2))) { i += 2; continue; }
      break;
    }
    if (i === start) { i++; continue; }
    const raw = text.slice(start, i);
    const prev = tokens[tokens.length - 1];
    // "’s" after a word (no space): a possessive marker, not a token.
    if (prev && (raw === 's' || raw === 'S') && start === prev.end + 1 && APOSTROPHE.test(text[prev.end]!)) {
      prev.possessive = true;
      continue;
    }
    const c0 = text.charCodeAt(start);
    const upper = c0 < 128 ? c0 >= 65 && c0 <= 90 : raw[0] !== raw[0]!.toLowerCase();
    tokens.push({ raw, fold: plain ? raw : foldWord(raw), start, end: i, possessive: false, upper });
  }
  return tokens;
}

/** A non-ASCII character that starts a word: a letter or digit, including astral ones. */
function startsWord(text: string, i: number, limit: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code < 0xdc00) return i + 1 < limit && WORD_ASTRAL.test(text.slice(i, i + 2));
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** Text between two tokens. */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** Gaps allowed inside one name: a space, a hyphen, an apostrophe or the dot of "U.S.". */
const NAME_GAP = /^(?:[ \u00a0]|[-‐‑'’]|['’][ ]|\.|[ ]?[-–][ ]?)$/;
/** Whether text[from, to) is a name gap, without slicing for the common one-space case. */
export function isNameGapAt(text: string, from: number, to: number, before?: Token): boolean {
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    return c === 32 || c === 0xa0 || c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019 || c === 46;
  }
  return to > from && to - from <= 3 && isNameGap(text.slice(from, to), before);
}

/** `before` is the token ahead of the gap: ". " only continues a name after an initial ("J. D."). */
export function isNameGap(gap: string, before?: Token): boolean {
  if (gap === '. ') return before !== undefined && before.raw.length === 1;
  return gap.length > 0 && gap.length <= 3 && NAME_GAP.test(gap);
}
