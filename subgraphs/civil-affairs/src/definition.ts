// Civil affairs as the kit sees it: its resolvers, tables, migrations, loaders and seed; schema.graphql is read by name.
import { defineAgency } from '../../../shared/src/subgraph';
import { entities } from './entities';
import { createLoaders, Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { cohortKeys } from './resolvers/Query';
import { seed } from './seed';
import { seedVerifications } from './verification/seed';
import { seedDiscovery } from './discovery/seed';
import { startDiscovery } from './discovery/service';

export default defineAgency<Loaders>({
  name: 'civil-affairs',
  resolvers,
  entities,
  migrations,
  createLoaders,
  // The demo city, then its applications awaiting verification (src/verification/seed.ts) and the alerts its
  // townships opened on home visits (src/discovery/seed.ts).
  seed: async (db, city) => {
    await seed(db, city);
    await seedVerifications(db);
    await seedDiscovery(db, city);
  },
  cohortKeys,
  // Proactive discovery's runs on a schedule, as civil affairs' service (src/discovery/service.ts).
  service: startDiscovery,
});
