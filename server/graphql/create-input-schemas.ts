/**
 * zod schemas for every argument set, built once per app from its limits. GraphQL
 * checks types; these check ranges and shapes, and their messages name the argument
 * and the allowed range so the caller knows what to fix.
 */
import { z } from 'zod';
import { KgError } from '../errors.ts';
import { hasReportContent, reportNeedsText } from '../ingest/report-input.ts';
import type { GraphQLLimits } from './limits.ts';

const range = (name: string, min: number, max: number) =>
  z.number().int(`\`${name}\` must be a whole number`).min(min, `\`${name}\` must be ${min}..${max}`).max(max, `\`${name}\` must be ${min}..${max}`);
const id = z.string().min(1, 'ids must not be empty').max(500, 'ids are at most 500 characters');
const text = (name: string, max: number) => z.string().trim().min(1, `\`${name}\` must not be empty`).max(max, `\`${name}\` is at most ${max} characters`);
const windowFields = { from: z.string().nullish(), to: z.string().nullish() };

export function createInputSchemas(limits: GraphQLLimits) {
  const page = { first: range('first', 1, limits.maxPageSize).nullish(), after: z.string().max(2000, '`after` is not a cursor: pass back the endCursor of the previous page').nullish() };
  const ordered = <T extends { from?: string | null; to?: string | null }>(s: z.ZodType<T>, prefix = '') =>
    s.refine((w) => !w.from || !w.to || w.from <= w.to, `\`${prefix}from\` must not be after \`${prefix}to\``);
  return {
    nodes: z.object({ ids: z.array(id).max(limits.maxNodeIds, `\`ids\` takes at most ${limits.maxNodeIds} ids`) }),
    entity: z.object({ id: id.nullish(), name: text('name', 300).nullish() })
      .refine((a) => Boolean(a.id) !== Boolean(a.name), 'pass exactly one of `id` and `name`'),
    search: z.object({ query: text('query', 500), kinds: z.array(z.string()).nullish(), ...page }),
    reports: ordered(z.object({ entityId: id.nullish(), withEntityId: id.nullish(), source: z.string().max(300).nullish(), theme: z.string().max(300).nullish(), ...windowFields, ...page })
      .refine((a) => !a.withEntityId || a.entityId, { message: '`withEntityId` narrows `entityId`: give both (the reports naming the two together)' })),
    events: ordered(z.object({ actorId: id.nullish(), kind: z.string().nullish(), ...windowFields, ...page })),
    neighborhood: ordered(z.object({
      ids: z.array(id).min(1, '`ids` needs at least one id').max(limits.maxInducedIds, `\`ids\` takes at most ${limits.maxNeighborhoodIds} ids (${limits.maxInducedIds} at depth 0)`),
      depth: range('depth', 0, limits.maxNeighborhoodDepth).nullish(),
      kinds: z.array(z.string()).nullish(),
      minWeight: z.number().min(0, '`minWeight` must be >= 0').nullish(),
      limit: range('limit', 1, limits.maxNeighborhoodLimit).nullish(),
      fanOut: range('fanOut', 1, limits.maxFanOut).nullish(),
      ...windowFields,
    }).refine((a) => a.depth === 0 || a.ids.length <= limits.maxNeighborhoodIds, {
      // a traversal fans out from each id; depth 0 only reads the edges among them
      message: `\`ids\` takes at most ${limits.maxNeighborhoodIds} ids (${limits.maxInducedIds} at depth 0)`,
    })),
    paths: z.object({
      from: id, to: id,
      maxHops: range('maxHops', 1, limits.maxPathHops).nullish(),
      k: range('k', 1, limits.maxPaths).nullish(),
      avoidKinds: z.array(z.string()).nullish(),
      // from/to name the two ends here: the window's own are window.from / window.to
      window: ordered(z.object(windowFields), 'window.').nullish(),
    }),
    pair: ordered(z.object({ a: id, b: id, ...windowFields, ...page, interval: z.string().nullish() })),
    reportSubmission: z.object({ text: z.string().nullish(), input: z.record(z.string(), z.unknown()).nullish() })
      .refine((s) => (s.text != null) !== (s.input != null), 'pass exactly one of `text` and `input`')
      .refine((s) => s.input == null || hasReportContent(s.input), reportNeedsText('input.')),
    batch: z.array(z.unknown()).min(1, '`reports` needs at least one report').max(limits.maxBatchReports, `\`reports\` takes at most ${limits.maxBatchReports} reports per call: split the batch`),
    merge: z.object({ targetId: id, sourceId: id, reason: text('reason', 1000) }).refine((m) => m.targetId !== m.sourceId, '`targetId` and `sourceId` must differ'),
    alias: z.object({ id, alias: text('alias', 300) }),
    affiliations: z.object({ first: range('first', 1, limits.maxPageSize).nullish() }),
    id: z.object({ id }),
    mergeId: z.object({ mergeId: id }),
  };
}

export type InputSchemas = ReturnType<typeof createInputSchemas>;

/** Parse arguments; a failure becomes BAD_INPUT naming what to fix. */
export function parseArgs<T>(schema: z.ZodType<T>, args: unknown): T {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues.map((i) => (i.path.length && !i.message.includes('`') ? `\`${i.path.join('.')}\`: ${i.message}` : i.message)).join('; ');
  throw new KgError('BAD_INPUT', `${message}.`);
}
