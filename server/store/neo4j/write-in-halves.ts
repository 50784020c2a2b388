import { isOverTransactionMemory } from './driver.ts';

/**
 * Each report is atomic, not the batch (port.ts): a batch too large for one transaction's
 * memory is written as two halves, and so on down to single reports, instead of failing
 * every report in it. A single report that is still too large fails as TOO_LARGE.
 */
export async function writeInHalvesIfTooLarge<R, T>(items: R[], write: (batch: R[]) => Promise<T[]>): Promise<T[]> {
  try {
    return await write(items);
  } catch (e) {
    if (!(isOverTransactionMemory(e) && items.length > 1)) throw e;
    const half = Math.ceil(items.length / 2);
    return [...(await writeInHalvesIfTooLarge(items.slice(0, half), write)), ...(await writeInHalvesIfTooLarge(items.slice(half), write))];
  }
}
