/**
 * Query cost limit, computed by graphql-query-complexity (fragments, inline fragments,
 * @skip / @include and abstract types handled there) with graphql-armor's formula: a
 * field with a selection costs 2 plus 1.5 × the cost of its selection, a scalar 1. The
 * multiplier matches what the server sends back: a field with a `first` argument (every
 * connection, and Entity.affiliations) costs its selection once per item of its page,
 * `first` as the request gives it (literal or variable), the default page without one, and
 * at most the page limit (a larger `first` is refused by the argument check with BAD_INPUT
 * "`first` must be 1..100", one mistake, one code).
 *
 * Lists sized by other arguments (neighborhood's `limit`, nodes' `ids`, paths' `k`) count
 * once: those arguments have caps of their own (limits.ts), and the store answers within
 * them. A report's `entities` count as many as they may be (`reportEntities`,
 * limits.maxReportEntities).
 *
 * Checked just before execution, where the variables are known (yoga caches validation
 * per document, variables aside). Over the limit: TOO_LARGE, HTTP 400, and a message that
 * says what to change; nothing is executed. limits.ts explains the limit's value.
 */
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface CostLimitOptions {
  maxCost: number;
  /** The most entities Report.entities / ReportSummary.entities answer. */
  reportEntities: number;
  /** Largest `first` the argument checks accept. */
  maxPageSize: number;
  /** The page a connection returns without `first`. */
  defaultPageSize: number;
}

const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;

type PageSizes = Omit<CostLimitOptions, 'maxCost'>;

/** Lists with no `first` but a cap of their own, priced at it. */
const REPORT_ENTITY_LISTS = new Set(['Report.entities', 'ReportSummary.entities']);

/** armor's formula, times the page a `first` argument asks for. */
function pagedCost({ maxPageSize, defaultPageSize, reportEntities }: PageSizes): ComplexityEstimator {
  return ({ type, field, node, args, childComplexity }) => {
    if (!node.selectionSet) return SCALAR_COST;
    const first = args.first as number | null | undefined;
    const page = REPORT_ENTITY_LISTS.has(`${type.name}.${field.name}`) ? reportEntities
      : !field.args.some((a) => a.name === 'first') ? 1 : first == null ? defaultPageSize : Math.min(Math.max(first, 1), maxPageSize);
    return page * (OBJECT_COST + DEPTH_FACTOR * childComplexity);
  };
}

/** The cost of the document's operation (the named one, else the only one). */
export function operationCost(schema: GraphQLSchema, query: DocumentNode, pages: PageSizes, variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [pagedCost(pages)] });
}

export function useCostLimit(options: CostLimitOptions): Plugin {
  return {
    onExecute: ({ args, setResultAndStopExecution }) => {
      let cost: number;
      try {
        cost = operationCost(args.schema, args.document, options, args.variableValues ?? {}, args.operationName ?? undefined);
      } catch (e) {
        // Variables that do not coerce: execution reports them in its own words. Anything
        // else is a bug and must not switch the limit off.
        if (e instanceof Error && e.name === 'GraphQLError') return;
        throw e;
      }
      if (cost <= options.maxCost) return;
      setResultAndStopExecution({
        errors: [createGraphQLError(`Query cost limit of ${options.maxCost} exceeded, found ${Math.ceil(cost)}: lower \`first\` or select fewer fields.`, {
          // 400 whatever the client accepts, as the other query-shape limits (not `spec`, which would give 200 to application/json).
          extensions: { code: 'TOO_LARGE', http: { status: 400, spec: false } },
        })],
      });
    },
  };
}
