/**
 * Deterministic ids. The same thing gets the same id in every report and every store,
 * so repeated ingests agree without look-ups.
 */
import { createHash } from 'node:crypto';
import type { EntityKind } from '../ontology/ontology.ts';
import { foldWord } from './tokenize.ts';

/** "Islamic Revolutionary Guard Corps" → "islamic-revolutionary-guard-corps". */
const slugCache = new Map<string, string>();
export function slugify(text: string): string {
  let slug = slugCache.get(text);
  if (slug === undefined) {
    slug = slugifyUncached(text);
    if (slugCache.size < 50_000) slugCache.set(text, slug);
  }
  return slug;
}

function slugifyUncached(text: string): string {
  const folded = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(foldWord).join('-');
  return folded.length > 0 ? folded.slice(0, 120) : 'unnamed';
}

export function shortHash(text: string, length = 12): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const PREFIX: Record<EntityKind, string> = { Person: 'person', Organization: 'organization', Country: 'country', Location: 'location' };

/** Country ids use the ISO alpha-3 code; other kinds a slug of the canonical name. */
export function entityId(kind: EntityKind, nameOrIso3: string): string {
  return kind === 'Country' ? `country:${nameOrIso3.toUpperCase()}` : `${PREFIX[kind]}:${slugify(nameOrIso3)}`;
}

export function themeId(name: string): string {
  return `theme:${slugify(name)}`;
}

/** Report id: stable for the same source document (source, title, date), not its body. */
export function reportId(source: string | null, title: string, publishedOn: string): string {
  const key = [source ?? '', title, publishedOn].map((s) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(foldWord).join(' ')).join('|');
  return `report:${shortHash(key, 16)}`;
}

/**
 * A fast, stable 64-bit hash (two FNV-1a lanes) as 16 hex digits: for ids computed many
 * times per report, where sha256's set-up cost shows. Not for anything security-related.
 */
export function fastHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000197);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Event id from date, kind and the sorted actor ids: one event told by several reports is one Event. */
export function eventId(date: string, kind: string, actorIds: readonly string[]): string {
  return `event:${date}:${kind}:${fastHash([...actorIds].sort().join(','))}`;
}

export function claimId(reportIdValue: string, kind: string, rank: number): string {
  return `claim:${reportIdValue.replace(/^report:/, '')}:${kind}:${rank}`;
}
