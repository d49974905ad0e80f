// insertMany (shared/src/db.ts) against the real PostgreSQL server: every kind of column, by INSERT … unnest and by COPY.
import 'reflect-metadata';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { insertMany, openDatabase, useBulkLoading } from '../src/db';

@Entity({ name: 'bulk_row' })
class BulkRow {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text', array: true, nullable: true })
  tags!: string[] | null;

  @Column({ type: 'integer', array: true, default: () => "'{}'" })
  counts!: number[];

  @Column({ type: 'date', nullable: true })
  on!: string | null;
}

const ROWS: Partial<BulkRow>[] = [
  { id: 1, tags: ['a', 'b,c', 'say "hi"', 'back\\slash', '{braces}'], counts: [1, 2, 3], on: '2026-01-31' },
  { id: 2, tags: [], counts: [], on: null },
  { id: 3, tags: null, counts: [7] },
  { id: 4, tags: ['低保', '特困'], counts: [0] },
];

let db: DataSource;
let schema: string;

beforeAll(async () => {
  schema = `bulk_${process.pid}_${Date.now()}`;
  db = await openDatabase(
    { url: process.env.TEST_DATABASE_URL!, schema, poolSize: 2 },
    { entities: [BulkRow], migrations: [], runMigrations: false },
  );
  await db.query('CREATE TABLE bulk_row (id integer PRIMARY KEY, tags text[], counts integer[] NOT NULL DEFAULT \'{}\', "on" date)');
});
afterAll(async () => {
  await db.query(`DROP SCHEMA "${schema}" CASCADE`);
  await db.destroy();
});
beforeEach(() => db.query('TRUNCATE bulk_row'));

const stored = () => db.query('SELECT id, tags, counts, "on" FROM bulk_row ORDER BY id');
const expected = ROWS.map((r) => ({ id: r.id, tags: r.tags ?? null, counts: r.counts, on: r.on ?? null }));

test('insertMany stores array columns element for element, commas, quotes, backslashes, braces and empty arrays included', async () => {
  await insertMany(db, BulkRow, ROWS);
  expect(await stored()).toEqual(expected);
});

test('insertMany by COPY stores the same rows as by INSERT', async () => {
  const copying = await openDatabase(
    { url: process.env.TEST_DATABASE_URL!, schema, poolSize: 1 },
    { entities: [BulkRow], migrations: [], runMigrations: false },
  );
  try {
    useBulkLoading(copying, { copy: true });
    await insertMany(copying, BulkRow, ROWS);
  } finally {
    await copying.destroy();
  }
  expect(await stored()).toEqual(expected);
});
