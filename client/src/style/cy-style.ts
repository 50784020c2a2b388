/**
 * The Cytoscape stylesheet, derived from the ontology the server sends (colour and shape
 * per node kind) plus the encodings the legend explains: node size by mentions, edge width
 * by evidence weight, edge colour by mean polarity. State lives in classes: .highlighted,
 * .faded and the hidden-* classes (one per reason, so filters never undo each other).
 */
import type { StylesheetJson } from 'cytoscape';
import type { NodeKindInfo } from '../api/types.ts';

/** Polarity colours: conflict, neutral, cooperation. Shared with the legend and the chart. */
export const POLARITY_COLORS = { conflict: '#c0392b', neutral: '#9aa0a6', cooperation: '#1e8e3e' } as const;
/** Mean polarity at which an edge reaches the full colour (the scale runs -10..+10, real means sit near ±5). */
export const POLARITY_SATURATION = 5;
export const NODE_SIZE = { min: 18, max: 48, mentionsForMax: 25 } as const;
export const EDGE_WIDTH = { min: 1, max: 10, weightForMax: 8 } as const;
export const HIDDEN_CLASSES = ['hidden-time', 'hidden-filter', 'hidden-kind'] as const;

type StyleBlock = { selector: string; style: Record<string, string | number> };

export function buildStylesheet(kinds: NodeKindInfo[]): StylesheetJson {
  const byKind: StyleBlock[] = kinds.map((k) => ({
    selector: `node[kind = "${k.name.replace(/[^A-Za-z]/g, '')}"]`,
    style: { 'background-color': k.color, shape: k.shape },
  }));
  const blocks: StyleBlock[] = [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        color: '#1f2933',
        'min-zoomed-font-size': 8,
        'background-color': '#777',
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    {
      // graph nodes only: country groups (compound parents) have no mentions and size to their children
      selector: 'node[mentionCount]',
      style: {
        width: `mapData(mentionCount, 0, ${NODE_SIZE.mentionsForMax}, ${NODE_SIZE.min}, ${NODE_SIZE.max})`,
        height: `mapData(mentionCount, 0, ${NODE_SIZE.mentionsForMax}, ${NODE_SIZE.min}, ${NODE_SIZE.max})`,
        // the most-mentioned names read first
        'font-size': `mapData(mentionCount, 0, ${NODE_SIZE.mentionsForMax}, 11, 16)`,
      },
    },
    ...byKind,
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0.3,
        width: `mapData(weight, 0, ${EDGE_WIDTH.weightForMax}, ${EDGE_WIDTH.min}, ${EDGE_WIDTH.max})`,
        'line-color': POLARITY_COLORS.neutral,
        opacity: 0.85,
        // picked by the core instead, nearest line first (controller/edge-picking.ts)
        events: 'no',
      },
    },
    {
      // TIE edges only: the others have no polarity (null), which `>= 0` would match.
      selector: 'edge[kind = "TIE"][meanPolarity >= 0]',
      style: { 'line-color': `mapData(meanPolarity, 0, ${POLARITY_SATURATION}, ${POLARITY_COLORS.neutral}, ${POLARITY_COLORS.cooperation})` },
    },
    {
      selector: 'edge[kind = "TIE"][meanPolarity < 0]',
      style: { 'line-color': `mapData(meanPolarity, -${POLARITY_SATURATION}, 0, ${POLARITY_COLORS.conflict}, ${POLARITY_COLORS.neutral})` },
    },
    { selector: 'edge[kind = "CO_MENTION"]', style: { 'line-style': 'dashed', opacity: 0.6 } },
    { selector: 'edge[kind = "AFFILIATED_WITH"]', style: { 'line-style': 'dotted', 'line-color': '#6c757d' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827' } },
    // The chosen edge must stand out among hundreds: its own colour, drawn on top.
    { selector: 'edge:selected', style: { 'line-color': '#2563eb', 'line-style': 'solid', width: 5, opacity: 1, 'z-index': 30 } },
    { selector: 'node.path-end', style: { 'border-width': 4, 'border-color': '#7c3aed', 'border-style': 'double' } },
    { selector: '.highlighted', style: { opacity: 1, 'z-index': 20 } },
    { selector: 'node.highlighted', style: { 'border-width': 4, 'border-color': '#7c3aed' } },
    { selector: 'edge.highlighted', style: { 'underlay-color': '#7c3aed', 'underlay-opacity': 0.35, 'underlay-padding': 5 } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.2 } },
    // after .faded: a line pointed at is named in full even when faded
    {
      selector: 'edge.hovered',
      style: {
        label: 'data(hoverLabel)', 'font-size': 12, color: '#111827', 'text-background-color': '#ffffff', 'text-background-opacity': 0.9,
        'text-background-padding': '2px', 'text-rotation': 'none', 'z-index': 40, opacity: 1, 'text-opacity': 1,
        width: `mapData(weight, 0, ${EDGE_WIDTH.weightForMax}, ${EDGE_WIDTH.min + 2}, ${EDGE_WIDTH.max + 2})`,
      },
    },
    { selector: '.fresh, node.pasted', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
    {
      selector: ':parent',
      style: {
        'background-color': '#2a9d8f',
        'background-opacity': 0.07,
        'border-color': '#2a9d8f',
        'border-width': 1,
        shape: 'round-rectangle',
        'text-valign': 'top',
        'font-size': 13,
        'font-weight': 'bold',
      },
    },
    ...HIDDEN_CLASSES.map((c) => ({ selector: `.${c}`, style: { display: 'none' } })),
  ];
  return blocks as unknown as StylesheetJson;
}
