// Before any test: one fresh database on the real PostgreSQL server for this run.
import { createDatabase, dropOrphanedTestRoles, dropStaleDatabases } from '../shared/src/testing/database';

export default async function globalSetup(): Promise<void> {
  // A run that was killed never reached its teardown; its database goes once it is surely abandoned.
  await dropStaleDatabases('sag_test_', 6 * 3600_000);
  await dropOrphanedTestRoles();
  const name = `sag_test_${Date.now()}_${process.pid}`;
  process.env.TEST_DATABASE_NAME = name;
  process.env.TEST_DATABASE_URL = await createDatabase(name);
  process.env.NODE_ENV = 'test';
  // Tests assert outcomes; expected failures (injected faults, killed processes) need not flood the output.
  process.env.LOG_LEVEL ??= 'fatal';
}
