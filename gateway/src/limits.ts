// Hostile-query limits, checked before any subgraph is called: graphql-armor for shape, cost from list sizes.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, getNullableType, GraphQLError, GraphQLSchema, isListType, Kind, visit } from 'graphql';
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
 * Each field costs 1 plus its children; a connection multiplies its children by `first` (20 when not
 * given), a plain list by ASSUMED_LIST_SIZE.
 */
const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // A connection's page size is counted once, on the field that takes `first`, not again on its nodes.
  if (field.name === 'nodes' && type.name.endsWith('Connection')) return 1 + childComplexity;
  if (typeof args.first === 'number') return 1 + childComplexity * Math.max(1, args.first);
  if (field.args.some((a) => a.name === 'first')) return 1 + childComplexity * 20;
  if (isListType(getNullableType(field.type))) return 1 + childComplexity * ASSUMED_LIST_SIZE;
  return 1 + childComplexity;
};

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
 */
function costOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number {
  let byDocument = costs.get(document);
  if (!byDocument) costs.set(document, (byDocument = { sizes: pageSizeVariables(document), byKey: new Map() }));
  const key = JSON.stringify([operationName ?? null, ...byDocument.sizes.map((name) => variables[name] ?? null)]);
  let cost = byDocument.byKey.get(key);
  if (cost === undefined) {
    cost = getComplexity({ schema, query: document, variables, operationName, estimators: [listSizeEstimator] });
    if (byDocument.byKey.size < 100) byDocument.byKey.set(key, cost);
  }
  return cost;
}

const costs = new WeakMap<DocumentNode, { sizes: string[]; byKey: Map<string, number> }>();

export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = costOf(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          if (cost > maxCost) {
            throw new GraphQLError(`The query is too costly: estimated ${cost} objects, the limit is ${maxCost}. Ask for smaller pages (first) or fewer nested lists.`, {
              extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } },
            });
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
