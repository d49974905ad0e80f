// The schema check an agency runs before merging: what passes, what fails and why.
import { checkSchemas, formatReport, savedOperations } from '../scripts/schema-check/check';
import { registrySources } from '../gateway/src/supergraph';

const base = registrySources();
const operations = savedOperations();

/** The registry's SDL with one subgraph's SDL edited. */
function edit(name: string, change: (sdl: string) => string) {
  return base.map((s) => (s.name === name ? { ...s, sdl: change(s.sdl) } : s));
}

/** Applies `change` to the body of one object type only (`type Person … {` up to its closing brace). */
const inType = (type: string, change: (body: string) => string) => (sdl: string) =>
  sdl.replace(new RegExp(`(\\ntype ${type}\\b[^{]*\\{)([^}]*)(\\})`), (_m, head: string, body: string, end: string) => head + change(body) + end);
const removeField = (type: string, field: string) => inType(type, (body) => body.replace(new RegExp(`\\n  ${field}\\b[^\\n]*`), ''));

test('the SDL as committed composes and serves every saved operation', async () => {
  const report = await checkSchemas({ base, next: base, operations, acknowledgements: [] });
  expect(report).toMatchObject({ ok: true, compositionErrors: [], brokenOperations: [], changed: [] });
});

test('a new nullable field is a safe change and passes', async () => {
  const next = edit('civil-affairs', inType('Person', (body) => `${body}  nickname: String\n`));
  const report = await checkSchemas({ base, next, operations, acknowledgements: [] });
  expect(report.ok).toBe(true);
  expect(report.changed).toEqual(['civil-affairs']);
  expect(report.changes).toContainEqual(expect.objectContaining({ level: 'SAFE', path: 'Person.nickname' }));
});

test('removing a field that contract operations use fails and names the operations', async () => {
  const next = edit('civil-affairs', removeField('Person', 'relationToHead'));
  const report = await checkSchemas({ base, next, operations, acknowledgements: [] });
  expect(report.ok).toBe(false);
  expect(report.changes).toContainEqual(expect.objectContaining({ level: 'BREAKING', path: 'Person.relationToHead', scope: 'supergraph API' }));
  expect(report.brokenOperations.map((o) => o.name).sort()).toEqual(['HouseholdView', 'PersonView']);
  expect(formatReport(report)).toMatch(/PersonView \(consumer contract\): Cannot query field "relationToHead"/);
});

test('a breaking change acknowledged with a reason passes', async () => {
  const next = edit('civil-affairs', removeField('Household', 'registeredOn'));
  const acknowledgements = [{ path: 'Household.registeredOn', reason: 'never populated; no consumer reads it' }];
  const report = await checkSchemas({ base, next, operations, acknowledgements });
  expect(report.changes.filter((c) => c.level === 'BREAKING').every((c) => c.acknowledged)).toBe(true);
  expect(report.ok).toBe(true);
  expect(formatReport(report)).toMatch(/acknowledged: never populated/);
});

test('the same breaking change without acknowledgement fails', async () => {
  const next = edit('civil-affairs', removeField('Household', 'registeredOn'));
  const report = await checkSchemas({ base, next, operations, acknowledgements: [] });
  expect(report.ok).toBe(false);
});

test('a composition error fails and names the subgraph and the rule', async () => {
  const next = edit('civil-affairs', (sdl) => sdl.replace('type PageInfo @shareable {', 'type PageInfo {'));
  const report = await checkSchemas({ base, next, operations, acknowledgements: [] });
  expect(report.ok).toBe(false);
  expect(report.compositionErrors.join('\n')).toMatch(/civil-affairs/);
  expect(report.compositionErrors.join('\n')).toMatch(/rule INVALID_FIELD_SHARING/);
});

test('a deprecated field keeps working and is reported where saved operations use it', async () => {
  const next = edit('civil-affairs', inType('Person', (body) => body.replace('relationToHead: RelationToHead', 'relationToHead: RelationToHead @deprecated(reason: "use household roles")')));
  const report = await checkSchemas({ base, next, operations, acknowledgements: [] });
  expect(report.ok).toBe(true);
  expect(report.deprecatedInUse).toContainEqual({ operation: 'PersonView', field: 'Person.relationToHead', reason: 'use household roles' });
});

test('the project\'s own saved operations are checked as well as the consumers\'', async () => {
  const next = edit('civil-affairs', removeField('Person', 'gender'));
  const report = await checkSchemas({ base, next, operations, acknowledgements: [] });
  expect(report.brokenOperations).toContainEqual(expect.objectContaining({ name: 'AnalystPersons', origin: 'project' }));
});
