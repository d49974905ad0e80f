// SECURITY.md names the test that proves each line: every test it names exists, so the page cannot drift from them.
import { existsSync, readFileSync } from 'node:fs';
import { projectPath } from '../shared/src/paths';

const page = readFileSync(projectPath('SECURITY.md'), 'utf8');
/** `file › describe › test name` references; a name ending in … stands for the tests that begin so. */
const references = [...page.matchAll(/`([\w./-]+\.test\.ts) › ([^`]+)`/g)].map(([, file, path]) => ({
  file,
  name: path.split(' › ').pop()!,
}));

test('SECURITY.md names tests', () => {
  expect(references.length).toBeGreaterThan(40);
});

test.each(references.map((r) => [r.file, r.name]))('%s has a test named "%s"', (file, name) => {
  expect(existsSync(projectPath(file))).toBe(true);
  const source = readFileSync(projectPath(file), 'utf8');
  const stem = name.replace(/…$/, '').trim();
  // test.each titles carry printf placeholders: compare the words before the first one.
  const titles = [...source.matchAll(/(?:test|it|describe)(?:\.each\([^]*?\))?\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) =>
    m[2].replace(/\\(.)/g, '$1').split('%')[0].trim(),
  );
  expect(titles.some((title) => title.length > 10 && (title === stem || stem.startsWith(title) || title.startsWith(stem)))).toBe(true);
});
