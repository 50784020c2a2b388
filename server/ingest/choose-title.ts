/**
 * A report's title when it brings none: how its text opens, else its file name, else
 * "Untitled report" (chooseTitle), with a warning that says which was used.
 */
import type { Segment } from './parsed-report.ts';
import { MAX_SENTENCE, splitSentences } from './sentences.ts';

const UNTITLED = 'Untitled report';
/** A title taken from the text is cut at the last word boundary before this many characters. */
const TITLE_CHARS = 80;
/** A headline longer than this is a paragraph, not a title: it is cut like a title taken from the text. */
const MAX_OWN_TITLE = 300;

/**
 * A report's title, never blank: its own; else how its text opens (the first sentence,
 * cut near 80 characters at a word), which is how a reader tells untitled reports apart
 * and keeps their ids apart; else its file name; else "Untitled report". The warning
 * says which was used.
 */
export function chooseTitle(own: string, text: string, segments: readonly Segment[], fileName: string | undefined, warnings: string[]): string {
  const title = own.trim();
  if (title.length > MAX_OWN_TITLE) {
    const short = shortenForTitle(title.replace(/\s+/g, ' '));
    warnings.push(`the title is ${title.length} characters, too long for a headline; it is shown as "${short}"`);
    return short;
  }
  if (title) return title;
  const opening = openingOf(text, segments);
  if (opening) {
    warnings.push(`no title found; the report is titled after the start of its text: "${opening}"`);
    return opening;
  }
  if (fileName) {
    warnings.push(`no title found and no text to take one from; the report is titled after its file name, "${fileName}"`);
    return fileName;
  }
  warnings.push(`no title found and no text to take one from; the report is titled "${UNTITLED}"`);
  return UNTITLED;
}

/** The first sentence with a letter or digit in it, outside the headline, shortened for a title. */
function openingOf(text: string, segments: readonly Segment[]): string | null {
  for (const segment of segments) {
    if (segment.section === 'headline') continue;
    // Only the opening is needed: bound the scan, however long the segment.
    const end = Math.min(segment.end, segment.start + 4 * MAX_SENTENCE);
    for (const span of splitSentences(text, segment.start, end)) {
      const sentence = text.slice(span.start, span.end).replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
      if (/[\p{L}\p{N}]/u.test(sentence)) return shortenForTitle(sentence);
    }
  }
  return null;
}

function shortenForTitle(sentence: string): string {
  if (sentence.length <= TITLE_CHARS) return sentence.replace(/(?<!\.)\.$/, '');
  const space = sentence.lastIndexOf(' ', TITLE_CHARS);
  const cut = space > TITLE_CHARS / 2 ? space : TITLE_CHARS;
  return `${sentence.slice(0, cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
