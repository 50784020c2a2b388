/**
 * Claims (hypotheses, assumptions, red flags, risks, recommendations, scenarios), each
 * linked to the entities named inside its text.
 */
import type { DecomposedClaim } from './decomposed-report.ts';
import { claimId } from './ids.ts';
import type { RawClaim } from './parsed-report.ts';
import type { ResolvedMention } from './resolve-entities.ts';

export function extractClaims(reportIdValue: string, claims: readonly RawClaim[], mentions: readonly ResolvedMention[]): DecomposedClaim[] {
  return claims.map((c) => {
    const ids = new Set<string>();
    for (const m of mentions) if (m.start >= c.start && m.end <= c.end && m.section !== 'key-individuals') ids.add(m.entityId);
    return { id: claimId(reportIdValue, c.kind, c.rank), kind: c.kind, text: c.text, rank: c.rank, supported: c.supported, entities: [...ids] };
  });
}
