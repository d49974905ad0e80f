// Hostile-query limits, checked before any subgraph is called: graphql-armor for shape, cost from list sizes.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, GraphQLError, isListType } from 'graphql';
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

export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName, estimators: [listSizeEstimator] });
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
