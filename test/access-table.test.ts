// The README's "who sees what" table is generated from the SDL and kept in step with it.
import { readFileSync } from 'node:fs';
import { projectPath } from '../shared/src/paths';
import { accessTable, readmeWithAccessTable } from '../scripts/access-table';

test('the README table is what the subgraph schemas declare (run `npm run docs:access` after a change)', () => {
  const readme = readFileSync(projectPath('README.md'), 'utf8');
  expect(readme).toBe(readmeWithAccessTable(readme));
});

test('the table shows an analyst the ID number masked and no name', () => {
  const rows = accessTable().split('\n');
  const header = rows[0].split('|').map((c) => c.trim());
  const analyst = header.indexOf('analyst');
  const cell = (field: string) => rows.find((r) => r.includes(`\`${field}\``))!.split('|').map((c) => c.trim())[analyst];
  expect(cell('Person.idNumber')).toBe('masked');
  expect(cell('Person.name')).toBe('–');
});
