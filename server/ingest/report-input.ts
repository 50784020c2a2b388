/**
 * ReportInput: the structured JSON format for tools that extract entities themselves.
 *
 *   {
 *     "id": "report:<your-id>",                  // optional; else derived from source, title and date
 *     "title": "Headline",                       // required
 *     "source": "Publisher" | null,
 *     "publishedOn": "YYYY-MM-DD" | "September 8, 2025",   // optional; else the ingest date, with a warning
 *     "confidence": "low" | "moderate" | "high" | null,
 *     "bluf": "Bottom line up front" | null,
 *     "text": "Body text",                       // read by the extractors when "entities" is absent
 *     "tags": ["iran-iraq relations"],
 *     "entities": [{ "name": "Ali Larijani", "kind": "Person", "aliases": ["Larijani"],
 *                    "affiliation": "Iran", "role": "security chief" }],
 *     "events": [{ "date": "2025-08-11", "kind": "cooperation", "summary": "…",
 *                  "actors": ["Ali Larijani", "Iraq"], "polarity": 5 }],
 *     "ties": [{ "a": "Iran", "b": "Iraq", "polarity": 4, "kind": "cooperation", "sentence": "…" }],
 *     "claims": [{ "kind": "hypothesis", "text": "…", "rank": 1, "supported": true }]
 *   }
 *
 * When "entities" is given it is the entity list (nothing is extracted); events, ties
 * and claims then come only from the JSON, and refer to entities by name or alias.
 * Without "entities", the title, bluf and text run through the same extractors as text.
 *
 * A report needs something to read: a title, bluf or text that is not blank, or its own
 * entities, events, ties or claims. A blank title with nothing else is refused rather
 * than stored as an empty "Untitled report".
 *
 * A given "id" must be a report id: it starts with "report:" (so it can never be the id
 * of an entity such as "country:IRQ"), has something after it, is at most
 * MAX_REPORT_ID_LENGTH (300) characters, has no control characters and no leading or
 * trailing space. Anything else is refused (BAD_INPUT), never rewritten.
 *
 * A given "publishedOn" must be a date: one that cannot be read ("2025-13-45", "next
 * Tuesday") is refused, saying why, rather than replaced with the ingest date. A missing
 * or blank one still means "no date": the ingest date is used, with a warning. (Dates
 * of events and ties are lenient: an unreadable one is replaced with the report date,
 * with a warning.)
 */
import { z } from 'zod';
import { CLAIM_KINDS, CONFIDENCE_LEVELS, EVENT_KINDS } from '../ontology/ontology.ts';
import { parseDateString, whyNotADate } from './dates.ts';
import { whyNotAReportId } from './ids.ts';

export { MAX_REPORT_ID_LENGTH } from './ids.ts';

const shortText = z.string().max(2000);
const CONTENT_TEXT = ['title', 'bluf', 'text'] as const;
const CONTENT_LISTS = ['entities', 'events', 'ties', 'claims'] as const;

/** Whether a report object (checked or not) has any content; see the header comment. */
export function hasReportContent(input: Record<string, unknown>): boolean {
  return CONTENT_TEXT.some((k) => typeof input[k] === 'string' && (input[k] as string).trim() !== '')
    || CONTENT_LISTS.some((k) => Array.isArray(input[k]) && (input[k] as unknown[]).length > 0);
}

/** What to say when hasReportContent is false; `prefix` names the field's parent (`input.`). */
export function reportNeedsText(prefix = ''): string {
  return `a report needs text: give \`${prefix}text\` (the report body) or a non-blank \`${prefix}title\`, or list its \`${prefix}entities\``;
}

const ENTITY_KIND_VALUES = ['Person', 'Organization', 'Country', 'Location'] as const;

const MAX_PUBLISHED_ON_LENGTH = 100;

/** Why a non-blank publishedOn cannot be read as a date, or null when it can (blank means "no date"). */
export function whyNotAPublishedOn(text: string): string | null {
  if (text.length > MAX_PUBLISHED_ON_LENGTH) return `is ${text.length} characters long; a date is at most ${MAX_PUBLISHED_ON_LENGTH} characters: write YYYY-MM-DD or a written date such as September 8, 2025`;
  if (text.trim() === '' || parseDateString(text)) return null;
  return whyNotADate(text) ?? `${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)} is not a date: write YYYY-MM-DD or a written date such as September 8, 2025`;
}

/** A string checked by `why`: its answer, when not null, is the issue's message (zod prefixes the field). */
const checked = (why: (s: string) => string | null) => z.string().superRefine((s, ctx) => {
  const message = why(s);
  if (message !== null) ctx.addIssue({ code: 'custom', message });
});

export const reportInputSchema = z.object({
  id: checked(whyNotAReportId).optional(),
  title: z.string().min(1).max(2000),
  source: shortText.nullable().optional(),
  publishedOn: checked(whyNotAPublishedOn).optional(),
  confidence: z.enum(CONFIDENCE_LEVELS).nullable().optional(),
  bluf: z.string().nullable().optional(),
  text: z.string().optional(),
  tags: z.array(shortText).max(500).optional(),
  entities: z.array(z.object({
    name: shortText.min(1),
    kind: z.enum(ENTITY_KIND_VALUES),
    aliases: z.array(shortText).max(200).optional(),
    affiliation: shortText.nullable().optional(),
    role: shortText.nullable().optional(),
  })).max(5000).optional(),
  events: z.array(z.object({
    date: z.string().max(100),
    kind: z.enum(EVENT_KINDS),
    summary: shortText.default(''),
    actors: z.array(shortText).max(200),
    polarity: z.number().min(-10).max(10).optional(),
    sentence: z.string().max(20_000).optional(),
  })).max(5000).optional(),
  ties: z.array(z.object({
    a: shortText.min(1),
    b: shortText.min(1),
    kind: z.enum(EVENT_KINDS).optional(),
    polarity: z.number().min(-10).max(10),
    date: z.string().max(100).optional(),
    confidence: z.number().min(0).max(1).optional(),
    sentence: z.string().max(20_000).optional(),
  })).max(20_000).optional(),
  claims: z.array(z.object({
    kind: z.enum(CLAIM_KINDS),
    text: z.string().max(20_000),
    rank: z.number().int().positive().optional(),
    supported: z.boolean().optional(),
    entities: z.array(shortText).max(200).optional(),
  })).max(5000).optional(),
}).refine(hasReportContent, reportNeedsText());

export type ReportInput = z.input<typeof reportInputSchema>;
export type ParsedReportInput = z.output<typeof reportInputSchema>;
