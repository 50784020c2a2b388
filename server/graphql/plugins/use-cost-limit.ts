/**
 * Query cost limit: graphql-armor's costLimit formula (a field with a selection costs 2 plus
 * 1.5 × the cost of its selection, a scalar 1), with the multiplier made to match what the
 * server sends back. A field with a `first` argument (every connection, and
 * Entity.affiliations) costs its selection once per item of the page it may return:
 *
 * - `first: 40` costs 40 times; a `first` over the page limit costs as the page limit, so
 *   the argument check refuses it with BAD_INPUT "`first` must be 1..100" whatever the
 *   selection (armor multiplied by the literal: `first: 1000` got a cost error and
 *   `first: 200` BAD_INPUT, one mistake with two codes);
 * - `first: $n` costs as the page limit: validation runs (and yoga caches its result per
 *   document) before variables are known, and armor costed a variable as 1, so passing the
 *   page size in a variable dodged the limit;
 * - no `first` costs as the default page.
 *
 * Fragments cost as if their fields were written in place (they are no level of the
 * answer), each fragment computed once. Over the limit: TOO_LARGE, HTTP 400, and a message
 * that says what to change. limits.ts explains the limit's value.
 */
import { Kind, type ASTVisitor, type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface CostLimitOptions {
  maxCost: number;
  /** Largest `first` the argument checks accept. */
  maxPageSize: number;
  /** The page a connection returns without `first`. */
  defaultPageSize: number;
}

const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;

type FieldDefs = Record<string, { type: unknown; args: readonly { name: string }[] }>;

/** The named type under lists and non-nulls (duck-typed: no instanceof across graphql's two copies). */
function namedType(type: unknown): unknown {
  let t = type;
  while (t && typeof t === 'object' && 'ofType' in t) t = t.ofType;
  return t;
}

function fieldsOf(type: unknown): FieldDefs | undefined {
  return type && typeof type === 'object' && 'getFields' in type ? (type as { getFields(): FieldDefs }).getFields() : undefined;
}

/** The cost of one operation; `fragment` looks a fragment up by name. */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragment: (name: string) => FragmentDefinitionNode | undefined | null,
  { maxPageSize, defaultPageSize }: Omit<CostLimitOptions, 'maxCost'>,
): number {
  const fragmentCosts = new Map<string, number>();

  const pageOf = (field: FieldNode, parent: unknown): number => {
    const def = fieldsOf(parent)?.[field.name.value];
    if (!def?.args.some((a) => a.name === 'first')) return 1;
    const value = field.arguments?.find((a) => a.name.value === 'first')?.value;
    if (!value || value.kind === Kind.NULL) return defaultPageSize;
    if (value.kind === Kind.INT) return Math.min(Math.max(Number(value.value), 1), maxPageSize);
    return maxPageSize; // a variable: any page up to the limit
  };

  const fieldCost = (field: FieldNode, parent: unknown): number => {
    if (!field.selectionSet) return SCALAR_COST;
    const type = namedType(fieldsOf(parent)?.[field.name.value]?.type);
    return pageOf(field, parent) * (OBJECT_COST + DEPTH_FACTOR * selectionCost(field.selectionSet, type));
  };

  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const definition = fragment(name);
    fragmentCosts.set(name, 0); // a cycle (refused by validation anyway) ends here
    const cost = definition ? selectionCost(definition.selectionSet, schema.getType(definition.typeCondition.name.value)) : 0;
    fragmentCosts.set(name, cost);
    return cost;
  };

  function selectionCost(set: SelectionSetNode, parent: unknown): number {
    let sum = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) sum += fieldCost(s, parent);
      else if (s.kind === Kind.INLINE_FRAGMENT) sum += selectionCost(s.selectionSet, s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent);
      else sum += fragmentCost(s.name.value);
    }
    return sum;
  }

  return selectionCost(operation.selectionSet, schema.getRootType(operation.operation));
}

export function costLimitRule(options: CostLimitOptions) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const cost = operationCost(context.getSchema(), operation, (name) => context.getFragment(name), options);
      if (cost <= options.maxCost) return;
      const found = Number.isFinite(cost) ? Math.ceil(cost) : 'more';
      context.reportError(createGraphQLError(`Query cost limit of ${options.maxCost} exceeded, found ${found}: lower \`first\` or select fewer fields.`, {
        nodes: [operation],
        // 400 whatever the client accepts, as the other query-shape limits (not `spec`, which would give 200 to application/json).
        extensions: { code: 'TOO_LARGE', http: { status: 400, spec: false } },
      }));
    },
  });
}

export function useCostLimit(options: CostLimitOptions): Plugin {
  return {
    onValidate: ({ addValidationRule }) => addValidationRule(costLimitRule(options)),
  };
}
