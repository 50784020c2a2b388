/** `Date` (YYYY-MM-DD, a real calendar day) and `JSON` scalars. */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function checkDate(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value) return value;
  }
  throw new GraphQLError(`Date must be a calendar day as YYYY-MM-DD, e.g. 2025-03-01 (got ${JSON.stringify(value)}).`, { extensions: { code: 'BAD_INPUT' } });
}

function literal(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING: case Kind.BOOLEAN: case Kind.ENUM: return node.value;
    case Kind.INT: case Kind.FLOAT: return Number(node.value);
    case Kind.LIST: return node.values.map(literal);
    case Kind.OBJECT: return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value)]));
    default: return null;
  }
}

export const scalarResolvers = {
  Date: new GraphQLScalarType({
    name: 'Date',
    description: 'A calendar day, YYYY-MM-DD (UTC).',
    serialize: (v) => String(v),
    parseValue: checkDate,
    // A non-string literal (from: 2025) is reported as written, quoted or not.
    parseLiteral: (node) => checkDate(node.kind === Kind.STRING ? node.value : literal(node)),
  }),
  JSON: new GraphQLScalarType({
    name: 'JSON',
    description: 'Any JSON value.',
    serialize: (v) => v,
    parseValue: (v) => v,
    parseLiteral: literal,
  }),
};
