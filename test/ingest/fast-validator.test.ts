import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decompose } from '../../server/ingest/decompose.ts';
import { decomposedReportSchema } from '../../server/ingest/decomposed-report.ts';
import { fastValidateReport } from '../../server/ingest/validate-report.ts';

// The hand-written fast path must never accept what the zod schema (the contract) rejects,
// and must give the same value when it accepts: this guards the two against drifting apart.
const dir = new URL('../corpus/reports/', import.meta.url);
const outputs = readdirSync(dir).slice(0, 8).map((f) => decompose(readFileSync(new URL(f, dir), 'utf8'), { fileName: f }));

type Json = unknown;

/** Replace the value at a random path with a random JSON value, or delete it. */
function mutate(value: Json, path: number[], replacement: Json, drop: boolean): Json {
  if (value === null || typeof value !== 'object') return replacement;
  const keys = Object.keys(value as object);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, Json> | Json[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, Json>) };
  if (path.length === 1) {
    if (drop) delete (copy as Record<string, Json>)[key];
    else (copy as Record<string, Json>)[key] = replacement;
  } else {
    (copy as Record<string, Json>)[key] = mutate((value as Record<string, Json>)[key], path.slice(1), replacement, drop);
  }
  return copy;
}

describe('fast report validator', () => {
  it('accepts every real decomposition with the same value zod gives', () => {
    for (const out of outputs) expect(fastValidateReport(out)).toEqual(decomposedReportSchema.parse(out));
  });

  it('never accepts a broken report that zod rejects, and agrees on the value otherwise', () => {
    fc.assert(
      fc.property(
        fc.nat(outputs.length - 1),
        fc.array(fc.nat(40), { minLength: 1, maxLength: 5 }),
        fc.jsonValue({ maxDepth: 2 }),
        fc.boolean(),
        (i, path, replacement, drop) => {
          const broken = mutate(structuredClone(outputs[i]), path, replacement, drop);
          const fast = fastValidateReport(broken);
          const zod = decomposedReportSchema.safeParse(broken);
          if (fast !== null) {
            expect(zod.success).toBe(true);
            expect(fast).toEqual(zod.data);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
