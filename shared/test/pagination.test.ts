// Cursors are opaque, round-trip, refuse forgeries; page sizes are bounded.
import { decodeCursor, encodeCursor, pageWindow, toConnection } from '../src/pagination';

test('a cursor round-trips its key and does not show it in clear', () => {
  const cursor = encodeCursor('pAbc');
  expect(cursor).not.toContain('pAbc');
  expect(decodeCursor(cursor)).toBe('pAbc');
});

test('a cursor the list did not give out is refused with BAD_USER_INPUT naming after', () => {
  expect(() => decodeCursor('not-a-cursor')).toThrow(/after: is not a cursor/);
});

test.each([0, 101, -5, 2.5])('first = %p is refused', (first) => {
  expect(() => pageWindow({ first })).toThrow(/first: must be an integer from 1 to 100/);
});

test('a page fetched with one extra row says there is a next page and ends at the last node', () => {
  const conn = toConnection(
    ['a', 'b', 'c'],
    { limit: 2, afterKey: null },
    (r) => r,
    (r) => r,
    async () => 3,
  );
  expect(conn.nodes).toEqual(['a', 'b']);
  expect(conn.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor('b') });
});
