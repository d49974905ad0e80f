// Education as a subgraph definition: schema, resolvers, tables, migrations, loaders, seed.
import { loadTypeDefs, SubgraphDefinition } from '../../../shared/src/subgraph';
import { entities } from './entities';
import { createLoaders, Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seed } from './seed';

export const name = 'education';

export const definition: SubgraphDefinition<Loaders> = {
  name,
  typeDefs: loadTypeDefs(name),
  resolvers: resolvers as SubgraphDefinition<Loaders>['resolvers'],
  entities,
  migrations,
  createLoaders,
  seed,
};
