// After every test: drop this run's database, then the agency roles it left without anything to own.
import { dropDatabase, dropOrphanedTestRoles } from '../shared/src/testing/database';

export default async function globalTeardown(): Promise<void> {
  if (process.env.TEST_DATABASE_NAME) await dropDatabase(process.env.TEST_DATABASE_NAME);
  await dropOrphanedTestRoles();
}
