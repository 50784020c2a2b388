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

/** The kind an entity id was made for (its prefix), if it is an entity id. */
export function kindOfEntityId(id: string): EntityKind | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return (Object.keys(PREFIX) as EntityKind[]).find((k) => PREFIX[k] === prefix);
}

/** Country ids use the ISO alpha-3 code; other kinds a slug of the canonical name. */
export function entityId(kind: EntityKind, nameOrIso3: string): string {
  return kind === 'Country' ? `country:${nameOrIso3.toUpperCase()}` : `${PREFIX[kind]}:${slugify(nameOrIso3)}`;
}

export function themeId(name: string): string {
  return `theme:${slugify(name)}`;
}

export const REPORT_ID_PREFIX = 'report:';
/** Longest report id a caller may give (ReportInput.id); derived ids are 23 characters. */
export const MAX_REPORT_ID_LENGTH = 300;
/** C0/C1 controls, line and paragraph separators, bidi controls, zero-width space, word joiner and the BOM: invisible or line-breaking in an id (ZWNJ / ZWJ stay: Persian and Arabic words use them). */
const ID_CONTROL = /[\p{Cc}\p{Zl}\p{Zp}\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;

/**
 * Why `id` cannot be a caller-given report id, or null when it can. Every report id
 * starts with "report:", so a report never shares an id with an entity
 * (`country:IRQ`), event, claim or theme: nodes of all kinds share one id space.
 * The message leaves out the field name; callers prefix it (`id: …`, `input.id: …`).
 */
export function whyNotAReportId(id: string): string | null {
  const control = ID_CONTROL.exec(id);
  if (control) return `contains a control character (U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}); report ids are printable text on one line`;
  if (id.length > MAX_REPORT_ID_LENGTH) return `is ${id.length} characters long; report ids are at most ${MAX_REPORT_ID_LENGTH} characters`;
  if (id.length === 0) return `is empty; leave it out to have one derived from source, title and date, or write "${REPORT_ID_PREFIX}<your-id>"`;
  const shown = JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id);
  if (id.trim() !== id) return `${shown} must not begin or end with a space`;
  if (!id.startsWith(REPORT_ID_PREFIX)) {
    const example = JSON.stringify(`${REPORT_ID_PREFIX}${id.length > 60 ? `${id.slice(0, 60)}…` : id}`);
    return `${shown} is not a report id: report ids start with "${REPORT_ID_PREFIX}" (write "${REPORT_ID_PREFIX}<your-id>", e.g. ${example})`;
  }
  if (id.length === REPORT_ID_PREFIX.length) return `${shown} has nothing after "${REPORT_ID_PREFIX}" (write "${REPORT_ID_PREFIX}<your-id>")`;
  return null;
}

/** Report id: stable for the same source document (source, title, date), not its body. */
export function reportId(source: string | null, title: string, publishedOn: string): string {
  const key = [source ?? '', title, publishedOn].map((s) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(foldWord).join(' ')).join('|');
  return `${REPORT_ID_PREFIX}${shortHash(key, 16)}`;
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
