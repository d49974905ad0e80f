// Hostile-query limits, checked before any subgraph is called: graphql-armor for shape, cost from list sizes.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNullableType,
  GraphQLError,
  GraphQLSchema,
  isListType,
  Kind,
  SelectionSetNode,
  visit,
} from 'graphql';
import { getComplexity, ComplexityEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Estimated objects a query may touch: list fields multiply their children by `first` (or a default). */
  maxCost: number;
  maxBatch: number;
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxCost: 250_000,
  maxBatch: 10,
  maxBodyBytes: 100_000,
};

/** A list without `first` is assumed to hold this many items (a household's members, a person's aid). */
const ASSUMED_LIST_SIZE = 10;

/**
 * A connection's `totalCount` counts every row its filter matches, not a page: one SQL count whose work
 * grows with the matching rows, which the gateway cannot know before it asks. It costs as much as a full
 * page of a hundred objects, once per connection whatever `first` is (and so once per item of an
 * enclosing list: a count for each of fifty households costs 50 × 100).
 */
export const TOTAL_COUNT_COST = 100;

/**
 * Each field costs 1 plus its children; a connection multiplies its children by `first` (20 when not
 * given), except its totalCount, which costs TOTAL_COUNT_COST once; a plain list multiplies by
 * ASSUMED_LIST_SIZE. `fragments` are the document's, to find the totalCount selections of a connection.
 */
function listSizeEstimator(fragments: Map<string, FragmentDefinitionNode>): ComplexityEstimator {
  const countsIn = (set: SelectionSetNode | undefined, active: Set<string>): number => {
    let counts = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) counts += selection.name.value === 'totalCount' ? 1 : 0;
      else if (selection.kind === Kind.INLINE_FRAGMENT) counts += countsIn(selection.selectionSet, active);
      else if (!active.has(selection.name.value)) {
        counts += countsIn(fragments.get(selection.name.value)?.selectionSet, new Set([...active, selection.name.value]));
      }
    }
    return counts;
  };
  return ({ type, field, node, args, childComplexity }) => {
    if (field.name === 'totalCount' && type.name.endsWith('Connection')) return TOTAL_COUNT_COST;
    // A connection's page size is counted once, on the field that takes `first`, not again on its nodes.
    if (field.name === 'nodes' && type.name.endsWith('Connection')) return 1 + childComplexity;
    const pageSize = typeof args.first === 'number' ? Math.max(1, args.first) : field.args.some((a) => a.name === 'first') ? 20 : undefined;
    if (pageSize !== undefined) {
      const counts = countsIn(node.selectionSet, new Set()) * TOTAL_COUNT_COST;
      return 1 + counts + (childComplexity - counts) * pageSize;
    }
    if (isListType(getNullableType(field.type))) return 1 + childComplexity * ASSUMED_LIST_SIZE;
    return 1 + childComplexity;
  };
}

/**
 * The document as its worst case: without `@include` and `@skip`, every field counts whatever the
 * condition's variable says, so that a query cannot pass the limit by turning its costly part on with a
 * variable, and its cost depends on no variable but the page sizes.
 */
const withoutConditions = (document: DocumentNode): DocumentNode =>
  visit(document, {
    Directive: (node) => (node.name.value === 'include' || node.name.value === 'skip' ? null : undefined),
  });

/** The variables a document passes as `first`: the only variables the cost of a query depends on. */
function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names];
}

/**
 * The estimated cost of an operation, computed once per parsed document (Apollo Server reuses the parsed
 * document of a query it has seen) and page-size values: the same screen asked for another person costs
 * the same, and the estimate was a twenty-fifth of the gateway's CPU under load before it was cached.
 * The cost is that of the document without its conditions, so the page sizes are every variable it
 * depends on, and the cache key holds all of them: no entry is reused for variables it was not made with.
 */
export function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
): number {
  let byDocument = costs.get(document);
  if (!byDocument) {
    const worstCase = withoutConditions(document);
    const fragments = new Map(
      worstCase.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
    );
    byDocument = { worstCase, estimator: listSizeEstimator(fragments), sizes: pageSizeVariables(worstCase), byKey: new Map() };
    costs.set(document, byDocument);
  }
  const key = JSON.stringify([operationName ?? null, ...byDocument.sizes.map((name) => variables[name] ?? null)]);
  let cost = byDocument.byKey.get(key);
  if (cost === undefined) {
    cost = getComplexity({ schema, query: byDocument.worstCase, variables, operationName, estimators: [byDocument.estimator] });
    if (byDocument.byKey.size < 100) byDocument.byKey.set(key, cost);
  }
  return cost;
}

const costs = new WeakMap<
  DocumentNode,
  { worstCase: DocumentNode; estimator: ComplexityEstimator; sizes: string[]; byKey: Map<string, number> }
>();

export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = costOf(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          if (cost > maxCost) {
            throw new GraphQLError(
              `The query is too costly: estimated ${cost} objects, the limit is ${maxCost}. Ask for smaller pages (first) or fewer nested lists.`,
              {
                extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}

/** Validation rules and plugins for the gateway's ApolloServer. */
export function queryLimits(limits: QueryLimits, production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    // Suggestions ("Did you mean …?") map a schema for an attacker; off in production.
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  return { validationRules: protection.validationRules, plugins: [...protection.plugins, queryCostPlugin(limits.maxCost)] };
}
