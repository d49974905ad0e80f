// Disabled persons' federation as the kit sees it: its resolvers, tables, migrations, loaders and seed; schema.graphql is read by name.
import { defineAgency } from '../../../shared/src/subgraph';
import { entities } from './entities';
import { createLoaders, Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { cohortKeys } from './resolvers/Query';
import { seed } from './seed';
import { verificationFacts } from './verification-facts';

export default defineAgency<Loaders>({
  name: 'disabled-persons',
  resolvers,
  entities,
  migrations,
  createLoaders,
  seed,
  verificationFacts,
  cohortKeys,
});
