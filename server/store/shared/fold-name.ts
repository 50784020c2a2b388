/** A name as compared: accents, case and outer spaces aside ("  Ḥakīm " = "hakim"). */
export const foldName = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
