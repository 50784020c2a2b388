/**
 * How a command ends on a known problem: one line naming the problem and the fix, no
 * stack trace, a non-zero exit. Unexpected errors still print in full.
 */
import { isKgError } from '../errors.ts';

export function exitWithError(error: unknown): never {
  if (isKgError(error)) {
    process.stderr.write(`kg: ${error.message}\n`);
  } else {
    process.stderr.write(`kg: unexpected error\n${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
}
