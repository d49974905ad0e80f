// The pseudonymous person key: deterministic under one secret, different under another, no ID inside.
import { isPersonKey, personKey } from '../src/person-key';

const secret = 'a-secret-of-at-least-thirty-two-characters';

test('the same ID number gives the same key in every agency', () => {
  expect(personKey('11010519491231002X', secret)).toBe(personKey('11010519491231002x', secret));
});

test('another secret gives another key, so keys cannot be recomputed without it', () => {
  expect(personKey('11010519491231002X', secret)).not.toBe(personKey('11010519491231002X', `${secret}!`));
});

test('a key is short, URL-safe and carries no digit run of the ID number', () => {
  const key = personKey('11010519491231002X', secret);
  expect(isPersonKey(key)).toBe(true);
  expect(key).toHaveLength(23);
  expect(key).not.toContain('19491231');
});
