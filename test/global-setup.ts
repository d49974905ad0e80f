// Before any test: one fresh database on the real PostgreSQL server for this run.
import { createDatabase } from '../shared/src/testing/database';

export default async function globalSetup(): Promise<void> {
  const name = `sag_test_${Date.now()}_${process.pid}`;
  process.env.TEST_DATABASE_NAME = name;
  process.env.TEST_DATABASE_URL = await createDatabase(name);
  process.env.NODE_ENV = 'test';
  // Tests assert outcomes; expected failures (injected faults, killed processes) need not flood the output.
  process.env.LOG_LEVEL ??= 'fatal';
}
