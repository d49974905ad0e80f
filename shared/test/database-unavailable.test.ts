// Which database failures a caller is told are UNAVAILABLE (try again shortly) rather than an internal error:
// the errors pg itself raises, on the real PostgreSQL server, when the database is gone or too busy to answer.
import { Client, Pool } from 'pg';
import { isDatabaseUnavailable } from '../src/errors';

const url = () => process.env.TEST_DATABASE_URL!;

/** What a promise rejects with. */
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (err: unknown) => err,
  );

test('a pool whose every connection is held past its wait is unavailable', async () => {
  const pool = new Pool({ connectionString: url(), max: 1, connectionTimeoutMillis: 100 });
  const held = await pool.connect();
  try {
    expect(isDatabaseUnavailable(await rejection(pool.connect()))).toBe(true);
  } finally {
    held.release();
    await pool.end();
  }
});

test('a query past its read timeout is unavailable', async () => {
  const client = new Client({ connectionString: url(), query_timeout: 50 });
  await client.connect();
  try {
    expect(isDatabaseUnavailable(await rejection(client.query('SELECT pg_sleep(1)')))).toBe(true);
  } finally {
    await client.end();
  }
});

test('a server that refuses connections is unavailable', async () => {
  const client = new Client({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 1000 });
  expect(isDatabaseUnavailable(await rejection(client.connect()))).toBe(true);
});

test('a query the server rejects is not unavailable: it is the query that is wrong', async () => {
  const client = new Client({ connectionString: url() });
  await client.connect();
  try {
    expect(isDatabaseUnavailable(await rejection(client.query('SELECT * FROM no_such_table')))).toBe(false);
  } finally {
    await client.end();
  }
});
