/**
 * Word classes for the name recogniser, read once from compromise's lexicon (the model
 * that ships inside its npm package) plus a few domain lists. compromise's full tagger
 * costs about a millisecond per call, too slow for hundreds of reports a second, so the
 * recogniser uses its lexicon directly on capitalised spans.
 */
import nlp from 'compromise';
import { REGIONAL_GIVEN_NAMES } from './gazetteer/given-names.ts';

type Lexicon = Record<string, string | string[]>;
const lexicon = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;

function wordsTagged(...tags: string[]): Set<string> {
  const wanted = new Set(tags);
  const out = new Set<string>();
  for (const [word, tag] of Object.entries(lexicon)) {
    const list = Array.isArray(tag) ? tag : [tag];
    if (list.some((t) => wanted.has(t)) && !word.includes(' ')) out.add(word);
  }
  return out;
}

/** Given names: compromise's first-name lexicon plus the regional list. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...wordsTagged('MaleName', 'FemaleName', 'FirstName'), ...REGIONAL_GIVEN_NAMES]);

export const SURNAMES: ReadonlySet<string> = wordsTagged('LastName');

/** Places compromise knows (cities, regions) that the gazetteers may not. */
export const LEXICON_PLACES: ReadonlySet<string> = new Set([...wordsTagged('City', 'Region', 'Place')].filter((w) => w.length >= 4));

/** Titles and roles that introduce a name: "President", "Foreign Minister", "commander". */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...wordsTagged('Honorific'),
  ...('president prime minister foreign defense defence interior oil finance electricity energy trade speaker deputy acting vice ' +
    'supreme leader secretary general chief commander adviser advisor national security ambassador envoy spokesman spokesperson ' +
    'king crown prince emir sheikh sayyid sayyed seyyed seyye ayatollah grand cleric senator governor judge chairman head director ' +
    'premier sultan businessman negotiator official officer lieutenant major colonel brigadier admiral minister-designate ' +
    'president-elect cleric judiciary intelligence military special representative former late senior top mr mrs dr ms ' +
    'chargé charge affaires counterpart founder member lawmaker mp deputy-leader lt gen col maj').split(/\s+/),
]);

/** Last words that make a capitalised span an organization ("… Council", "… Party"). */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  ('council party commission court bank authority forces movement organization organisation agency ministry alliance coalition ' +
    'front brigades brigade committee corps union association company corporation army assembly parliament office department ' +
    'service institute foundation federation bloc brotherhood command group network guard guards militia administration')
    .split(/\s+/),
);

/** Last words that make a capitalised span a place ("… Province", "… Air Base"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  'province governorate district river sea strait gulf base airport port field valley mountains mountain island camp dam crossing'.split(/\s+/),
);

/** Title words that only modify a role ("senior", "former"): on their own they do not mark a name. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set('senior former late top acting deputy special national security chief'.split(/\s+/));

/** Lower-case place nouns after a capitalised name: "Jasana cave", "Harir air base". */
export const PLACE_NOUNS = /^\s(?:cave|camp|island|province|governorate|district|oil field|gas field|oilfield|field|air base|airbase|base|port|dam|refinery|border crossing|crossing|valley|mountains?|waterway|channel|canal|river|lake|bay)\b/;

/** First words that make a span a named operation, agreement or project: not an entity. */
export const NON_ENTITY_HEADS: ReadonlySet<string> = new Set(
  'operation agreement framework memorandum treaty accord plan project initiative road pipeline deal law act resolution conference summit'.split(/\s+/),
);

const COMMON_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Adjective', 'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Adverb',
  'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Copula', 'Modal', 'QuestionWord', 'Expression', 'Comparative', 'Superlative',
  'Participle', 'Uncountable', 'PhrasalVerb', 'Actor', 'Demonym', 'Value', 'TextValue', 'Ordinal', 'Cardinal', 'Date', 'Month', 'WeekDay', 'Duration', 'Negative']);

const FUNCTION_WORDS = new Set(
  ('the a an this that these those its his her their our both all some many several other another each every such no in on at by for ' +
    'from with under after before since while as if but and or nor yet so to of despite amid among between during across through ' +
    'when where which who whom whose what why how then there here also only even still once however meanwhile although though ' +
    'analysts officials critics supporters sources experts observers industry local state federal regional international ' +
    'best worst most likely around about nearly almost more less over into onto upon without within toward towards against ' +
    'shiite shia sunni kurdish kurds arab arabs muslim muslims christian yazidi persian western eastern northern southern islamic ' +
    'monday tuesday wednesday thursday friday saturday sunday').split(/\s+/),
);

/** Articles, prepositions and the like: never the first word of a name. */
export function isFunctionWord(fold: string): boolean {
  return FUNCTION_WORDS.has(fold);
}

/** An ordinary English word that happens to be capitalised (sentence start, heading). */
export function isCommonWord(fold: string): boolean {
  if (FUNCTION_WORDS.has(fold)) return true;
  if (GIVEN_NAMES.has(fold)) return false;
  const tag = lexicon[fold];
  if (tag === undefined) return fold.length > 3 && fold.endsWith('s') && isCommonWord(fold.slice(0, -1));
  const list = Array.isArray(tag) ? tag : [tag];
  return list.some((t) => COMMON_TAGS.has(t));
}
