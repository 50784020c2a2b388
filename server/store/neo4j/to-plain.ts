/**
 * Driver values (Integer, Date, DateTime, Node, Relationship) become plain JSON-able
 * values here and nowhere else, so no driver type crosses the port.
 */
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: answer those before the driver's type checks.
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value as object)) return String(value);
  if (neo4j.isDateTime(value as object) || neo4j.isLocalDateTime(value as object)) return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    if (neo4j.isNode(value as object)) return toPlain((value as { properties: object }).properties);
    if (neo4j.isRelationship(value as object)) return toPlain((value as { properties: object }).properties);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as object)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/** A result record as a plain object keyed by column. */
export function recordToPlain<T>(record: Neo4jRecord): T {
  const out: Record<string, unknown> = {};
  for (const key of record.keys) out[String(key)] = toPlain(record.get(key));
  return out as T;
}
