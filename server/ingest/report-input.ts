/**
 * ReportInput: the structured JSON format for tools that extract entities themselves.
 *
 *   {
 *     "id": "optional stable id (else derived from source, title and date)",
 *     "title": "Headline",                       // required
 *     "source": "Publisher" | null,
 *     "publishedOn": "YYYY-MM-DD" | "September 8, 2025",
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
 */
import { z } from 'zod';
import { CLAIM_KINDS, CONFIDENCE_LEVELS, EVENT_KINDS } from '../ontology/ontology.ts';

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

export const reportInputSchema = z.object({
  id: z.string().min(1).max(300).optional(),
  title: z.string().min(1).max(2000),
  source: shortText.nullable().optional(),
  publishedOn: z.string().max(100).optional(),
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
