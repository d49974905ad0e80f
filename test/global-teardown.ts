// After every test: drop this run's database.
import { dropDatabase } from '../shared/src/testing/database';

export default async function globalTeardown(): Promise<void> {
  if (process.env.TEST_DATABASE_NAME) await dropDatabase(process.env.TEST_DATABASE_NAME);
}
