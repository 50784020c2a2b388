/**
 * Several reports in one text: a JSON array, as tools export them. One report per
 * decompose(); `kg ingest` splits a file holding an array into its items, and decompose
 * refuses an array with a message that says how to send it.
 */

/** The items of `text` when it is a JSON array, else null ("[Reuters] Baghdad, …" is an article). */
export function jsonArrayItems(text: string): unknown[] | null {
  if (!text.trimStart().startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
