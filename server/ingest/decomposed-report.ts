/**
 * DecomposedReport: what the ingest pipeline produces from one report and what the
 * stores consume. It is also what `kg decompose` prints, so the fields below are a
 * public contract for tools: add fields freely, do not rename or remove them.
 */
import { z } from 'zod';
import { CLAIM_KINDS, CONFIDENCE_LEVELS, ENTITY_KINDS, EVENT_KINDS, REPORT_FORMATS } from '../ontology/ontology.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const polarity = z.number().min(-10).max(10);

export const reportMetaSchema = z.object({
  /** Stable for the same source document (derived from source, title and date, not the body). */
  id: z.string().min(1),
  title: z.string(),
  source: z.string().nullable(),
  publishedOn: isoDate,
  confidence: z.enum(CONFIDENCE_LEVELS).nullable(),
  format: z.enum(REPORT_FORMATS),
  bluf: z.string().nullable(),
  /** sha256 of the normalized input; a changed hash under the same id is an edit. */
  contentHash: z.string().min(1),
});

export const entitySchema = z.object({
  /** Deterministic from kind and normalized key: `country:IRN`, `person:ali-larijani`. */
  id: z.string().min(1),
  kind: z.enum(ENTITY_KINDS as [string, ...string[]]).transform((k) => k as (typeof ENTITY_KINDS)[number]),
  name: z.string().min(1),
  /** Surface forms seen in this report, other than the name. */
  aliases: z.array(z.string()),
  mentions: z.object({
    count: z.number().int().nonnegative(),
    firstOffset: z.number().int().nonnegative(),
    sections: z.array(z.string()),
  }),
});

export const themeSchema = z.object({ id: z.string().min(1), name: z.string().min(1) });

export const eventSchema = z.object({
  /** Deterministic from date, kind and actors, so several reports of one event share it. */
  id: z.string().min(1),
  date: isoDate,
  /** True when the text gave no date and the report date stands in. */
  dateInferred: z.boolean(),
  kind: z.enum(EVENT_KINDS),
  polarity,
  summary: z.string(),
  actors: z.array(z.string()),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** "month" when the text gave only a month ("in March 2023"); `date` is then the 1st. */
  datePrecision: z.enum(['day', 'month']).optional(),
  /** Places where it happened (entity ids). */
  locations: z.array(z.string()).optional(),
});

export const tieSchema = z.object({
  a: z.string().min(1),
  b: z.string().min(1),
  kind: z.enum(EVENT_KINDS),
  polarity,
  date: isoDate,
  confidence: z.number().min(0).max(1),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const affiliationSchema = z.object({
  person: z.string().min(1),
  org: z.string().min(1),
  role: z.string().nullable(),
});

export const claimSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(CLAIM_KINDS),
  text: z.string(),
  rank: z.number().int().positive(),
  supported: z.boolean(),
  entities: z.array(z.string()),
});

export const decomposedReportSchema = z
  .object({
    report: reportMetaSchema,
    entities: z.array(entitySchema),
    themes: z.array(themeSchema),
    events: z.array(eventSchema),
    ties: z.array(tieSchema),
    affiliations: z.array(affiliationSchema),
    claims: z.array(claimSchema),
    warnings: z.array(z.string()),
  })
  .superRefine((r, ctx) => {
    // Every edge endpoint must be an entity of this report: a dangling id would become a
    // phantom node in the store.
    const ids = new Set(r.entities.map((e) => e.id));
    const check = (id: string, path: (string | number)[]) => {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: `unknown entity id "${id}"`, path });
    };
    r.events.forEach((e, i) => e.actors.forEach((a, j) => check(a, ['events', i, 'actors', j])));
    r.events.forEach((e, i) => e.locations?.forEach((a, j) => check(a, ['events', i, 'locations', j])));
    r.ties.forEach((t, i) => { check(t.a, ['ties', i, 'a']); check(t.b, ['ties', i, 'b']); });
    r.affiliations.forEach((a, i) => { check(a.person, ['affiliations', i, 'person']); check(a.org, ['affiliations', i, 'org']); });
    r.claims.forEach((c, i) => c.entities.forEach((e, j) => check(e, ['claims', i, 'entities', j])));
  });

export type ReportMeta = z.infer<typeof reportMetaSchema>;
export type DecomposedEntity = z.infer<typeof entitySchema>;
export type DecomposedEvent = z.infer<typeof eventSchema>;
export type DecomposedTie = z.infer<typeof tieSchema>;
export type DecomposedClaim = z.infer<typeof claimSchema>;
export type DecomposedReport = z.infer<typeof decomposedReportSchema>;
