/**
 * An entity's display name, elected from what the reports called it, the same way in both
 * stores: the most common name across reports, spellings that differ only by accents or
 * case counted as one name ("Erdoğan" in five reports and "Erdogan" in one are six votes
 * for Erdoğan, not a split), a tie going to the name seen first (first-ingest order).
 * Within the winning name the most common spelling shows, then one that keeps its accents,
 * then the first seen.
 */
import { foldName } from './fold-name.ts';

/** How many reports used one spelling, and the first-ingest order of the earliest. */
export interface NameCount {
  name: string;
  reports: number;
  firstSeq: number;
}

export function electName(counts: Iterable<NameCount>): string | null {
  const groups = new Map<string, { reports: number; firstSeq: number; spellings: NameCount[] }>();
  for (const c of counts) {
    const key = foldName(c.name);
    const g = groups.get(key) ?? { reports: 0, firstSeq: Infinity, spellings: [] };
    g.reports += c.reports;
    g.firstSeq = Math.min(g.firstSeq, c.firstSeq);
    g.spellings.push(c);
    groups.set(key, g);
  }
  let best: { reports: number; firstSeq: number; spellings: NameCount[] } | null = null;
  for (const g of groups.values()) {
    if (!best || g.reports > best.reports || (g.reports === best.reports && g.firstSeq < best.firstSeq)) best = g;
  }
  if (!best) return null;
  return best.spellings.reduce((a, b) => (betterSpelling(b, a) ? b : a)).name;
}

function betterSpelling(x: NameCount, than: NameCount): boolean {
  if (x.reports !== than.reports) return x.reports > than.reports;
  const accents = hasAccents(x.name);
  if (accents !== hasAccents(than.name)) return accents;
  return x.firstSeq < than.firstSeq;
}

const hasAccents = (s: string): boolean => /\p{M}/u.test(s.normalize('NFD'));
