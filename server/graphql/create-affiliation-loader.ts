/**
 * One DataLoader per request for Entity.affiliations: a list of entities (a search page,
 * a neighbourhood's nodes) costs one store.affiliations call per batch and page size,
 * not one per entity.
 */
import DataLoader from 'dataloader';
import type { Affiliation, GraphStore } from '../store/port.ts';

export interface AffiliationKey {
  id: string;
  /** Page size; undefined takes the store's default. */
  first?: number;
}

export type AffiliationLoader = DataLoader<AffiliationKey, Affiliation[], string>;

export function createAffiliationLoader(store: GraphStore, maxBatchSize: number): AffiliationLoader {
  return new DataLoader<AffiliationKey, Affiliation[], string>(async (keys) => {
    const bySize = new Map<number | undefined, number[]>();
    keys.forEach((k, i) => bySize.set(k.first, [...(bySize.get(k.first) ?? []), i]));
    const out: Affiliation[][] = [];
    await Promise.all([...bySize].map(async ([first, at]) => {
      const lists = await store.affiliations({ ids: at.map((i) => keys[i]!.id), first });
      at.forEach((i, j) => { out[i] = lists[j]!; });
    }));
    return out;
  }, { maxBatchSize, cacheKeyFn: (k) => `${k.first ?? ''}\u0000${k.id}` });
}
