/**
 * `ingestReport` / `ingestReports`: decompose (pure, server/ingest) then store.upsertReports,
 * then tell subscribers. A batch is decomposed in full before anything is written, so a
 * bad report fails the call without a partial write; each report is stored atomically.
 */
import { KgError } from '../../errors.ts';
import { decompose, type ReportInput } from '../../ingest/decompose.ts';
import type { DecomposedReport } from '../../ingest/decomposed-report.ts';
import type { UpsertResult } from '../../store/port.ts';
import { parseArgs } from '../create-input-schemas.ts';
import type { GraphQLContext } from '../context.ts';
import { graphChange, type IngestResultPayload } from '../graph-pubsub.ts';
import { requireRole } from '../plugins/use-api-keys.ts';

interface Submission { text?: string | null; input?: Record<string, unknown> | null }

/** `subject` names the report in messages: "The report", or "Report 3 of the batch". */
function decomposeSubmission(submission: unknown, ctx: GraphQLContext, subject: string): DecomposedReport {
  const s = parseArgs(ctx.inputs.reportSubmission, submission) as Submission;
  const maxBytes = ctx.config.KG_MAX_REPORT_BYTES;
  const size = Buffer.byteLength(s.text ?? JSON.stringify(s.input));
  if (size > maxBytes) throw new KgError('TOO_LARGE', `${subject} is ${size} bytes, over the ${maxBytes}-byte limit (KG_MAX_REPORT_BYTES): split it into smaller reports.`);
  try {
    return decompose(s.text ?? (withoutNulls(s.input) as ReportInput), { maxBytes });
  } catch (e) {
    if (e instanceof KgError) throw e;
    throw new KgError('BAD_INPUT', `${subject} could not be decomposed (${e instanceof Error ? e.message : String(e)}): check the report text or fields.`);
  }
}

/** Every error about a report of a batch starts "reports[i]: ", so the caller knows which one to fix. */
function decomposeBatchItem(submission: unknown, ctx: GraphQLContext, index: number): DecomposedReport {
  try {
    return decomposeSubmission(submission, ctx, `Report ${index + 1} of the batch`);
  } catch (e) {
    if (e instanceof KgError) throw new KgError(e.code, `reports[${index}]: ${e.message}`, e.details);
    throw e;
  }
}

/** GraphQL sends explicit nulls for omitted-as-null fields; ReportInput wants them absent. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
  return value;
}

/** `entityIds` as stored: a name an analyst aliased, or an id merged away, answers as its entity. */
function toPayload(report: DecomposedReport, result: UpsertResult, entityIds: string[]): IngestResultPayload {
  return {
    reportId: result.reportId, outcome: result.outcome, title: report.report.title,
    entityCount: report.entities.length, entityIds, tieCount: report.ties.length, eventCount: report.events.length, warnings: report.warnings,
  };
}

async function store(reports: DecomposedReport[], ctx: GraphQLContext): Promise<IngestResultPayload[]> {
  const results = await ctx.store.upsertReports(reports);
  const stored = await ctx.store.reportEntities(results.map((r) => r.reportId));
  const payloads = results.map((r, i) => toPayload(reports[i]!, r, stored[i]!));
  const changed = payloads.filter((p) => p.outcome !== 'unchanged');
  for (const p of changed) ctx.pubsub.publish('reportIngested', p);
  if (changed.length) ctx.pubsub.publish('graphChanged', graphChange('REPORT_INGESTED', changed.map((p) => p.reportId)));
  return payloads;
}

export const ingestResolvers = {
  Mutation: {
    ingestReport: async (_: unknown, args: Submission, ctx: GraphQLContext) => {
      requireRole(ctx, 'editor');
      ctx.rateLimiter.take(ctx.caller.id);
      const report = decomposeSubmission(args, ctx, 'The report');
      return (await store([report], ctx))[0];
    },
    ingestReports: async (_: unknown, args: { reports: unknown[] }, ctx: GraphQLContext) => {
      requireRole(ctx, 'editor');
      const submissions = parseArgs(ctx.inputs.batch, args.reports);
      ctx.rateLimiter.take(ctx.caller.id, submissions.length);
      const reports = submissions.map((s, i) => decomposeBatchItem(s, ctx, i));
      const results = await store(reports, ctx);
      const count = (o: string) => results.filter((r) => r.outcome === o).length;
      return { results, new: count('new'), updated: count('updated'), unchanged: count('unchanged') };
    },
  },
};
