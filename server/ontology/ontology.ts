/**
 * The ontology: every node kind and edge kind the graph knows, declared once as data.
 *
 * Everything else derives from this module: zod validators, GraphQL enums, the Cypher
 * label allow-list (labels never come from input), viewer styles and the docs. The
 * client fetches it through the `ontology` query instead of keeping a copy.
 *
 * Design decisions recorded here:
 * - Entities (Person, Organization, Country, Location) are the things analysts connect;
 *   Report, Source, Theme, Event and Claim carry provenance and analysis around them.
 * - Every edge is an individual claim with provenance (a report id, a date). Edges are
 *   never merged on write; "who connects to whom" aggregates them at query time.
 */

export type PropertyType = 'string' | 'string[]' | 'int' | 'float' | 'boolean' | 'date' | 'datetime';

export interface PropertySpec {
  readonly type: PropertyType;
  readonly description: string;
  readonly required?: boolean;
}

export interface NodeKindSpec {
  readonly label: string;
  readonly description: string;
  /** Whether this kind is an actor that can take part in ties and events. */
  readonly entity: boolean;
  readonly color: string;
  readonly shape: string;
  readonly properties: Readonly<Record<string, PropertySpec>>;
}

export interface EdgeKindSpec {
  readonly label: string;
  readonly description: string;
  readonly from: readonly NodeKind[];
  readonly to: readonly NodeKind[];
  readonly properties: Readonly<Record<string, PropertySpec>>;
}

const name: PropertySpec = { type: 'string', description: 'Display name', required: true };
const aliases: PropertySpec = { type: 'string[]', description: 'Other surface forms seen in reports' };
const reportId: PropertySpec = { type: 'string', description: 'Id of the report that supports this edge', required: true };
const date: PropertySpec = { type: 'date', description: 'When the fact held (event date, else the report date)', required: true };

export const NODE_KINDS = {
  Report: {
    label: 'Report', description: 'One ingested report: an intelligence brief, a news article or structured JSON.',
    entity: false, color: '#5b6b7f', shape: 'round-rectangle',
    properties: {
      title: { type: 'string', description: 'Headline', required: true },
      publishedOn: { type: 'date', description: 'Published date (YYYY-MM-DD)', required: true },
      source: { type: 'string', description: 'Publisher' },
      confidence: { type: 'string', description: 'Stated confidence: low, moderate or high' },
      format: { type: 'string', description: 'Detected input format', required: true },
      bluf: { type: 'string', description: 'Bottom line up front' },
      contentHash: { type: 'string', description: 'Hash of the text; detects edits', required: true },
    },
  },
  Source: {
    label: 'Source', description: 'A publisher of reports.',
    entity: false, color: '#8d99ae', shape: 'tag', properties: { name },
  },
  Person: {
    label: 'Person', description: 'A named person.',
    entity: true, color: '#e07a5f', shape: 'ellipse', properties: { name, aliases },
  },
  Organization: {
    label: 'Organization', description: 'A ministry, council, armed group, party, company or international body.',
    entity: true, color: '#3d85c6', shape: 'round-rectangle', properties: { name, aliases },
  },
  Country: {
    label: 'Country', description: 'A sovereign state, keyed by its ISO 3166-1 alpha-3 code.',
    entity: true, color: '#2a9d8f', shape: 'hexagon', properties: { name, aliases, iso3: { type: 'string', description: 'ISO 3166-1 alpha-3 code' } },
  },
  Location: {
    label: 'Location', description: 'A named place: city, region, sea, base, field.',
    entity: true, color: '#e9c46a', shape: 'diamond', properties: { name, aliases },
  },
  Theme: {
    label: 'Theme', description: 'A thematic tag from a report.',
    entity: false, color: '#b5838d', shape: 'tag', properties: { name },
  },
  Event: {
    label: 'Event', description: 'A dated happening: a visit, call, agreement, strike or statement.',
    entity: false, color: '#f4a261', shape: 'star',
    properties: {
      date: { type: 'date', description: 'When it happened (YYYY-MM-DD)', required: true },
      kind: { type: 'string', description: 'cooperation, conflict, statement or other', required: true },
      polarity: { type: 'float', description: 'Goldstein-like scale, -10 (conflict) to +10 (cooperation)', required: true },
      summary: { type: 'string', description: 'One line', required: true },
    },
  },
  Claim: {
    label: 'Claim', description: 'A hypothesis, assumption, red flag, risk, recommendation or scenario from a report.',
    entity: false, color: '#9c89b8', shape: 'vee',
    properties: {
      kind: { type: 'string', description: 'hypothesis, assumption, red_flag, risk, recommendation or scenario', required: true },
      text: { type: 'string', description: 'The claim as written', required: true },
      rank: { type: 'int', description: 'Order within its section, from 1' },
      supported: { type: 'boolean', description: 'Whether the report calls it the most supported' },
    },
  },
} as const satisfies Record<string, NodeKindSpec>;

export type NodeKind = keyof typeof NODE_KINDS;
export const NODE_KIND_NAMES = Object.keys(NODE_KINDS) as NodeKind[];
export const ENTITY_KINDS = NODE_KIND_NAMES.filter((k) => NODE_KINDS[k].entity) as EntityKind[];
export type EntityKind = 'Person' | 'Organization' | 'Country' | 'Location';

const ENTITY: readonly NodeKind[] = ['Person', 'Organization', 'Country', 'Location'];

export const EDGE_KINDS = {
  MENTIONS: {
    label: 'MENTIONS', description: 'A report names an entity.', from: ['Report'], to: ENTITY,
    properties: {
      count: { type: 'int', description: 'Mentions in the report', required: true },
      firstOffset: { type: 'int', description: 'Character offset of the first mention' },
      sections: { type: 'string[]', description: 'Sections the entity appears in' },
      date,
    },
  },
  TAGGED: { label: 'TAGGED', description: 'A report carries a thematic tag.', from: ['Report'], to: ['Theme'], properties: {} },
  PUBLISHED_BY: { label: 'PUBLISHED_BY', description: 'A report comes from a source.', from: ['Report'], to: ['Source'], properties: {} },
  REPORTS: { label: 'REPORTS', description: 'A report tells of an event.', from: ['Report'], to: ['Event'], properties: {} },
  INVOLVES: {
    label: 'INVOLVES', description: 'An event involves an entity.', from: ['Event'], to: ENTITY,
    properties: { role: { type: 'string', description: 'actor, target or location' }, reportId, date },
  },
  TIE: {
    label: 'TIE', description: 'A sentence links two actors; one edge per piece of evidence.', from: ENTITY, to: ENTITY,
    properties: {
      reportId, date,
      observed: { type: 'datetime', description: 'Ingest time' },
      kind: { type: 'string', description: 'cooperation, conflict, statement or other', required: true },
      polarity: { type: 'float', description: '-10 (conflict) to +10 (cooperation)', required: true },
      confidence: { type: 'float', description: 'Extractor confidence, 0 to 1' },
      sentence: { type: 'string', description: 'The supporting sentence', required: true },
      start: { type: 'int', description: 'Start offset of the sentence in the report' },
      end: { type: 'int', description: 'End offset of the sentence in the report' },
    },
  },
  AFFILIATED_WITH: {
    label: 'AFFILIATED_WITH', description: 'A person belongs to an organization or country.', from: ['Person'], to: ['Organization', 'Country'],
    properties: { role: { type: 'string', description: 'e.g. "security chief"' }, reportId },
  },
  ASSERTS: { label: 'ASSERTS', description: 'A report puts forward a claim.', from: ['Report'], to: ['Claim'], properties: {} },
  CONCERNS: { label: 'CONCERNS', description: 'A claim concerns an entity.', from: ['Claim'], to: ENTITY, properties: {} },
} as const satisfies Record<string, EdgeKindSpec>;

export type EdgeKind = keyof typeof EDGE_KINDS;
export const EDGE_KIND_NAMES = Object.keys(EDGE_KINDS) as EdgeKind[];

export const EVENT_KINDS = ['cooperation', 'conflict', 'statement', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const CLAIM_KINDS = ['hypothesis', 'assumption', 'red_flag', 'risk', 'recommendation', 'scenario'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CONFIDENCE_LEVELS = ['low', 'moderate', 'high'] as const;

export const REPORT_FORMATS = ['intel-report', 'news-article', 'json'] as const;

/** The Cypher label for a node kind; throws on anything outside the ontology so input never becomes a label. */
export function cypherLabel(kind: string): NodeKind {
  if (!Object.hasOwn(NODE_KINDS, kind)) throw new Error(`Unknown node kind "${kind}"; expected one of ${NODE_KIND_NAMES.join(', ')}`);
  return kind as NodeKind;
}

export function isEntityKind(kind: string): kind is EntityKind {
  return (ENTITY_KINDS as string[]).includes(kind);
}
