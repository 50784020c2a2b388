/**
 * Name normalization for matching: two surface forms of one name get the same key.
 * Case, diacritics, curly quotes, honorifics (Sayyid / Seyyed / Seyye ...), the Arabic
 * article (al- / el-), possessives and common transliteration variants are folded away.
 * Keys are for comparison only; display names keep their spelling.
 */
import { foldWord } from './tokenize.ts';

const HONORIFICS = new Set([
  'sayyid', 'sayyed', 'sayed', 'seyyed', 'seyed', 'seyye', 'syed', 'sheikh', 'shaikh', 'sheik', 'ayatollah', 'grand',
  'hojatoleslam', 'hojjatoleslam', 'mullah', 'imam', 'haj', 'hajj', 'hajji', 'mr', 'mrs', 'ms', 'dr', 'sir', 'mirza',
]);
const PARTICLES = new Set(['al', 'el', 'al-e', 'e']);

/** Transliteration variants folded to one spelling, applied per token. */
const VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:muhammad|mohammad|mohamed|mohamad|muhammed|mohammed|muhamad)$/, 'mohammed'],
  [/^(?:ahmad|ahmed)$/, 'ahmed'],
  [/^(?:hossein|hussein|husein|hosein|husayn|hussain)$/, 'hussein'],
  [/^(?:hassan|hasan)$/, 'hassan'],
  [/^(?:abdul|abdel|abd|abdol|abdal)$/, 'abdul'],
];

const canonCache = new Map<string, string>();
function canonToken(t: string): string {
  let canon = canonCache.get(t);
  if (canon === undefined) {
    canon = canonTokenUncached(t);
    if (canonCache.size < 50_000) canonCache.set(t, canon);
  }
  return canon;
}

function canonTokenUncached(t: string): string {
  for (const [re, to] of VARIANTS) if (re.test(t)) return to;
  // ou/u, double letters and final -h vary across transliterations (Nouri/Nuri, Qassim/Qasim).
  return t.replace(/ou/g, 'u').replace(/(.)\1+/g, '$1').replace(/([aeiou])h$/, '$1');
}

/** Tokens of a name: folded, honorifics and particles dropped, variants folded. */
export function nameKeyTokens(name: string): string[] {
  const words = name.replace(/['’‘`]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(foldWord);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (PARTICLES.has(w)) continue;
    if (HONORIFICS.has(w) && i < words.length - 1) continue;
    out.push(canonToken(w));
  }
  return out;
}

/** Matching key of a name: "Seyye Ammar Hakim" and "Ammar al-Hakim" → "ammar hakim". */
const keyCache = new Map<string, string>();
export function normalizeName(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    key = nameKeyTokens(name).join(' ');
    if (keyCache.size < 50_000) keyCache.set(name, key);
  }
  return key;
}

/** Display form: possessive removed, whitespace collapsed, straight text kept as written. */
const surfaceCache = new Map<string, string>();
export function cleanSurface(surface: string): string {
  let clean = surfaceCache.get(surface);
  if (clean === undefined) {
    clean = surface.replace(/['’‘`]s$/u, '').replace(/\s+/g, ' ').trim();
    if (surfaceCache.size < 50_000) surfaceCache.set(surface, clean);
  }
  return clean;
}

/** Strips leading honorifics from a display name ("Seyyed Mojtaba Khamenei" → "Mojtaba Khamenei"). */
export function stripHonorifics(name: string): string {
  if (!/\s/.test(name)) return name;
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(foldWord(words[i]!.replace(/[^\p{L}]/gu, '')))) i++;
  return words.slice(i).join(' ');
}
