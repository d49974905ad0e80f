// Health as a subgraph definition: schema, resolvers, tables, migrations, loaders, seed.
import { join } from 'node:path';
import { loadTypeDefs, SubgraphDefinition } from '../../../shared/src/subgraph';
import { projectPath } from '../../../shared/src/paths';
import { entities } from './entities';
import { createLoaders, Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seed } from './seed';

export const name = 'health';

export const definition: SubgraphDefinition<Loaders> = {
  name,
  typeDefs: loadTypeDefs(projectPath(join('subgraphs', name, 'schema.graphql'))),
  resolvers: resolvers as SubgraphDefinition<Loaders>['resolvers'],
  entities,
  migrations,
  createLoaders,
  seed,
};
