// The README's "who sees what" table is generated from the SDL and kept in step with it.
import { readFileSync } from 'node:fs';
import { projectPath } from '../shared/src/paths';
import { accessTable, readmeWithAccessTable } from '../scripts/access-table';

test('the README table is what the subgraph schemas declare (run `npm run docs:access` after a change)', () => {
  const readme = readFileSync(projectPath('README.md'), 'utf8');
  expect(readme).toBe(readmeWithAccessTable(readme));
});

const rows = accessTable().split('\n');
const header = rows[0].split('|').map((c) => c.trim());
const cell = (field: string, role: string) =>
  rows
    .find((r) => r.includes(`\`${field}\``))!
    .split('|')
    .map((c) => c.trim())[header.indexOf(role)];

test('the table shows an analyst the ID number masked, an age band and no name or exact age', () => {
  expect(cell('Person.idNumber', 'analyst')).toBe('masked');
  expect(cell('Person.name', 'analyst')).toBe('–');
  expect(cell('Person.age', 'analyst')).toBe('–');
  expect(cell('Person.ageBand', 'analyst')).toBe('✓');
});

test('the table shows an agency role identity only for the persons it holds records on, and civil affairs all of it', () => {
  expect(cell('Person.name', 'education')).toBe('held');
  expect(cell('Person.idNumber', 'education')).toBe('held, else masked');
  expect(cell('Household.address', 'education')).toBe('held');
  expect(cell('Person.name', 'civil-affairs')).toBe('✓');
  expect(cell('Person.name', 'caseworker')).toBe('✓');
  // In its own subgraph every record an agency reads is one it holds.
  expect(cell('EmploymentProfile.history', 'human-resources')).toBe('✓');
});
