/**
 * What a paste holds: one report, or a JSON array of them (exported by another tool). The
 * server takes one report per ingestReport and refuses an array with BAD_INPUT; the paste
 * box splits it and sends each item as a report of its own.
 */

/**
 * The items of a pasted JSON array, each as the text of one report (null for an item that
 * cannot be one: a number, a list); null when the paste is not a JSON array.
 */
export function jsonArrayItems(text: string): (string | null)[] | null {
  if (!text.trimStart().startsWith('[')) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null; // "[Reuters] Baghdad, …": an article that opens with a bracket
  }
  if (!Array.isArray(value)) return null;
  // a string item is a report's text; anything else goes as JSON, as a pasted object does
  return value.map((item: unknown) => {
    if (typeof item === 'string') return item;
    return item !== null && typeof item === 'object' && !Array.isArray(item) ? JSON.stringify(item) : null;
  });
}
