/**
 * A person's role as written before the name. The role is the run of title words directly
 * before the name ("… and National Security Adviser Qasim al-Araji" → "national security
 * adviser"), never the words that merely precede it. What stands before the run tells the
 * affiliation extractor whether the organization or country before it is the person's own:
 * nothing, a modifier ("Iraq's new premier"), or a group led by the person ("the US
 * delegation was led by Vice President …") link them; a conjunction, preposition or verb
 * ("Iran and …", "from Iran and from …", "the KDP backs …") does not.
 */
import { TITLE_WORDS, isFunctionWord } from './name-lexicon.ts';
import { foldWord } from './tokenize.ts';

/** A role names an office: it has one of these heads. */
const ROLE_HEADS = /\b(?:chief|premier|prime minister|president|leader|minister|envoy|ambassador|secretary|adviser|advisor|commander|speaker|spokesman|spokesperson|negotiator|head|king|emir|general|director|governor|judge|cleric|counterpart|chairman|chairwoman|chair|founder|prince|sultan|mayor)\b/;

/**
 * Title words the name recogniser does not need (they never introduce a name on their own)
 * but that belong inside a written title: "armed forces chief", "parliament speaker",
 * "secretary of state", "caretaker prime minister", "health minister".
 */
const ROLE_ONLY_WORDS: ReadonlySet<string> = new Set(
  ('armed forces army navy air staff political parliament parliamentary caretaker interim state affairs cabinet party ' +
    'health education justice culture economy agriculture transport water resources housing labour labor communications ' +
    'planning industry environment migration displacement youth sports tourism higher').split(/\s+/),
);

/** Forms of address: part of how a name is written, not a role. */
const HONORIFICS: ReadonlySet<string> = new Set('mr mrs ms dr sir sayyid sayyed seyyed seyye sheikh hon esq'.split(/\s+/));

/** Words that may stand before a title without being part of it: "Iraq's new premier". */
const NON_TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  'the a an new newly recently appointed elected re-elected incoming outgoing longtime long-time veteran powerful influential then'.split(/\s+/),
);

/** A group the person leads: "the US delegation was led by", "the Iranian side by", "the Iraqi government of". */
const GROUP_LED_BY = /^(?:the\s+)?(?:delegation|side|team|government|cabinet|camp|administration)\s+(?:(?:(?:was|is|were|are|being|has\s+been|had\s+been)\s+)?(?:led|headed|chaired|represented)\s+by|by|of|under)$/i;

const isRoleWord = (fold: string) => (TITLE_WORDS.has(fold) || ROLE_ONLY_WORDS.has(fold)) && !HONORIFICS.has(fold);

export interface TitleRun {
  /** The title in lower case ("national security adviser"), or null when the run names no office. */
  readonly role: string | null;
  /** The text before the run, trimmed. */
  readonly rest: string;
}

/**
 * The run of title words at the end of `text` (the text up to a name). Capitalised words
 * extend a run to the left ("Tourism Minister"), lower-case ones only when they are title
 * words; "of" joins two title words ("secretary of state").
 */
export function titleRunBefore(text: string): TitleRun {
  const words = [...text.matchAll(/[\p{L}][\p{L}'’.-]*/gu)];
  let end = words.length;
  // Trailing forms of address belong to the name ("Ayatollah Sayyid Ali …" keeps "ayatollah").
  while (end > 0 && HONORIFICS.has(foldWord(words[end - 1]![0].replace(/\.$/, '')))) end--;
  // Only letters, spaces, apostrophes and hyphens may follow the run: a comma ends the phrase.
  const tailStart = end < words.length ? words[end]!.index : text.length;
  let start = end;
  if (/^[\p{L}\s'’.-]*$/u.test(text.slice(tailStart))) {
    while (start > 0) {
      const word = words[start - 1]![0];
      const fold = foldWord(word.replace(/\.$/, ''));
      const gap = text.slice(words[start - 1]!.index + word.length, start < words.length ? words[start]!.index : tailStart);
      if (!/^\s*$/.test(gap)) break;
      const capitalised = /^\p{Lu}/u.test(word) && start < end && !isFunctionWord(fold);
      const ofBridge = fold === 'of' && start < end && start >= 2 && isRoleWord(foldWord(words[start - 2]![0]));
      if (!isRoleWord(fold) && !capitalised && !ofBridge) break;
      start--;
    }
  }
  const runText = words.slice(start, end).map((w) => w[0].toLowerCase()).join(' ');
  const restEnd = start < words.length ? words[start]!.index : text.length;
  const rest = text.slice(0, restEnd).trim();
  return { role: runText && ROLE_HEADS.test(runText) ? runText : null, rest };
}

/** The text before a title run does not break the link to what precedes it. */
export function onlyModifiers(rest: string): boolean {
  return rest.split(/\s+/).every((w) => w === '' || NON_TITLE_MODIFIERS.has(foldWord(w)));
}

/** "delegation was led by", "side by", "government of": the person leads the group named before. */
export function leadsGroup(rest: string): boolean {
  return GROUP_LED_BY.test(rest.replace(/\s+/g, ' '));
}

/** Two roles name the same office ("premier" = "prime minister"; "caretaker prime minister" ⊇ "prime minister"). */
export function sameOffice(a: string, b: string): boolean {
  const norm = (r: string) => r.replace(/\bpremier\b/, 'prime minister');
  const x = norm(a);
  const y = norm(b);
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}
