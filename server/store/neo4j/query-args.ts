/**
 * Bounds on query arguments, with the same defaults, limits and messages as the embedded
 * store (embedded/queries/validate-args.ts; both belong in store/shared/ once settled).
 */
import { KgError } from '../../errors.ts';

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
