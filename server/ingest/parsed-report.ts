/**
 * What the format parsers hand to the extractors: metadata plus spans into the text, so
 * every extracted fact can point back to the characters that support it.
 */
import type { ClaimKind } from '../ontology/ontology.ts';

export type ReportFormat = 'intel-report' | 'news-article' | 'json';
export type Confidence = 'low' | 'moderate' | 'high';

/** Section names used in `mentions.sections`. */
export type SectionName =
  | 'headline' | 'bluf' | 'hypotheses' | 'assumptions' | 'implications' | 'recommendations'
  | 'key-individuals' | 'tags' | 'body';

export interface Span { readonly start: number; readonly end: number }
export interface Segment extends Span { readonly section: SectionName }
export interface ListItem extends Span { readonly text: string }

export interface RawClaim extends Span {
  readonly kind: ClaimKind;
  readonly text: string;
  readonly rank: number;
  readonly supported: boolean;
}

export interface ParsedReport {
  readonly format: ReportFormat;
  readonly title: string;
  readonly source: string | null;
  /** YYYY-MM-DD, or null when the text gives none. */
  readonly publishedOn: string | null;
  readonly confidence: Confidence | null;
  readonly bluf: string | null;
  /** Narrative spans the extractors read, in text order. */
  readonly segments: readonly Segment[];
  /** Items of a "Key Individuals and Entities" list. */
  readonly keyEntities: readonly ListItem[];
  readonly tags: readonly string[];
  readonly claims: readonly RawClaim[];
  readonly warnings: readonly string[];
}
