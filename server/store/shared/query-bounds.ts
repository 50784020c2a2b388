/**
 * Defaults and bounds of the traversal arguments, shared by both stores so they accept and
 * refuse the same requests with the same messages.
 */
import { KgError } from '../../errors.ts';
import type { NeighborhoodArgs, PathsArgs } from '../port.ts';

export const MAX_DEPTH = 3;
export const DEFAULT_FAN_OUT = 50;
export const DEFAULT_LIMIT = 500;
export const MAX_LIMIT = 5000;
export const DEFAULT_MAX_HOPS = 4;
export const MAX_HOPS = 6;
export const DEFAULT_K = 3;
export const MAX_K = 10;

export function intInRange(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new KgError('BAD_INPUT', `\`${name}\` must be an integer from ${min} to ${max} (got ${value}).`, { [name]: value });
  }
  return value;
}

export function neighborhoodBounds(args: NeighborhoodArgs) {
  return {
    // 0: no hop, the seeds and the edges among them (a view re-reading what it shows)
    depth: intInRange('depth', args.depth, 1, 0, MAX_DEPTH),
    fanOut: intInRange('fanOut', args.fanOut, DEFAULT_FAN_OUT, 1, MAX_LIMIT),
    limit: intInRange('limit', args.limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
  };
}

export function pathBounds(args: PathsArgs) {
  return {
    maxHops: intInRange('maxHops', args.maxHops, DEFAULT_MAX_HOPS, 1, MAX_HOPS),
    k: intInRange('k', args.k, DEFAULT_K, 1, MAX_K),
  };
}
