/** Bounds on query arguments, checked the same way for every query that takes them. */
import { KgError } from '../../../errors.ts';

export function intInRange(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new KgError('BAD_INPUT', `\`${name}\` must be an integer from ${min} to ${max} (got ${value}).`, { [name]: value });
  }
  return value;
}
