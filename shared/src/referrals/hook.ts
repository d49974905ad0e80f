// How the kit gives a unit its inbox (shared/src/subgraph.ts): the inbox's resolvers, merged into the unit's map
// as the access log's are; nothing for a subgraph without an inbox.
import { GraphQLResolveInfo } from 'graphql';
import type { MixedList } from 'typeorm';
import type { TableClass } from '../db';
import type { ResolverMap, TypeResolvers } from '../subgraph';
import { inboxResolvers } from './resolvers';
import { hasInbox } from './units';

type Reference = (reference: { __typename: string; id: string }, context: unknown, info: GraphQLResolveInfo) => unknown;

/** The inbox resolvers of `definition`'s unit, the applicant resolved by the unit's own Person reference resolver. */
export function inboxResolversOf<C>(definition: {
  name: string;
  resolvers: ResolverMap<C>;
  entities: MixedList<TableClass>;
}): { Query: TypeResolvers<C>; Mutation: TypeResolvers<C>; types: Record<string, TypeResolvers<C>> } | undefined {
  if (!hasInbox(definition.name)) return undefined;
  const person = definition.resolvers.Person as { __resolveReference?: Reference } | undefined;
  const resolvers = inboxResolvers(
    definition.name,
    (key, context, info) =>
      person?.__resolveReference ? person.__resolveReference({ __typename: 'Person', id: key }, context, info) : { id: key },
    definition.entities as TableClass[],
  );
  const typed = (map: object) => map as unknown as TypeResolvers<C>;
  return { Query: typed(resolvers.Query), Mutation: typed(resolvers.Mutation), types: { InboxReferral: typed(resolvers.InboxReferral) } };
}
