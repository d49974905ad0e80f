// The schema check an agency runs before merging: what passes, what fails and why.
import { existsSync, readFileSync } from 'node:fs';
import {
  AcknowledgementFileError,
  checkSchemas,
  formatReport,
  parseAcknowledgements,
  savedOperations,
} from '../scripts/schema-check/check';
import { registrySources } from '../gateway/src/supergraph';
import { projectPath } from '../shared/src/paths';

const base = registrySources();
const operations = savedOperations();

/** The registry's SDL with one subgraph's SDL edited. */
function edit(name: string, change: (sdl: string) => string) {
  return base.map((s) => (s.name === name ? { ...s, sdl: change(s.sdl) } : s));
}

/** Applies `change` to the body of one object type only (`type Person … {` up to its closing brace). */
const inType = (type: string, change: (body: string) => string) => (sdl: string) =>
  sdl.replace(
    new RegExp(`(\\ntype ${type}\\b[^{]*\\{)([^}]*)(\\})`),
    (_m, head: string, body: string, end: string) => head + change(body) + end,
  );
const removeField = (type: string, field: string) => inType(type, (body) => body.replace(new RegExp(`\\n  ${field}\\b[^\\n]*`), ''));
/** Gives one field of one object type another (output) type, its arguments and directives kept. */
const setType = (type: string, field: string, to: string) =>
  inType(type, (body) => body.replace(new RegExp(`(\\n  ${field}: )\\S+`), `$1${to}`));

/** The check runs on 15 January 2027 in the city, unless a test says otherwise. */
const NOW = new Date('2027-01-15T12:00:00+08:00');

/** Acknowledgements as an agency writes them in subgraphs/<subgraph>/schema-changes.json, through the real parser. */
const acknowledge = (subgraph: string, ...acknowledged: object[]) => parseAcknowledgements(subgraph, JSON.stringify({ acknowledged }));

/** The acknowledgement of removing Household.registeredOn: its path, kind and graphql-inspector's meta of it. */
const registeredOnRemoved = {
  path: 'Household.registeredOn',
  kind: 'FIELD_REMOVED',
  meta: { typeName: 'Household', removedFieldName: 'registeredOn', isRemovedFieldDeprecated: false, typeType: 'object type' },
  reason: 'never populated; no consumer reads it',
  expires: '2027-03-01',
};

/** The acknowledgement of Household.registeredOn going from `from` to `to`. */
const registeredOnRetyped = (from: string, to: string) => ({
  path: 'Household.registeredOn',
  kind: 'FIELD_TYPE_CHANGED',
  meta: { typeName: 'Household', fieldName: 'registeredOn', oldFieldType: from, newFieldType: to, isSafeFieldTypeChange: false },
  reason: 'registration dates are not known for households moved from the old register',
  expires: '2027-03-01',
});

test('the SDL as committed composes and serves every saved operation', async () => {
  const report = await checkSchemas({ base, next: base, operations, acknowledgements: [] });
  expect(report).toMatchObject({ ok: true, compositionErrors: [], brokenOperations: [], changed: [] });
});

test('a new nullable field is a safe change and passes', async () => {
  const next = edit(
    'civil-affairs',
    inType('Person', (body) => `${body}  nickname: String\n`),
  );
  const report = await checkSchemas({ base, next, operations, acknowledgements: [] });
  expect(report.ok).toBe(true);
  expect(report.changed).toEqual(['civil-affairs']);
  expect(report.changes).toContainEqual(expect.objectContaining({ level: 'SAFE', path: 'Person.nickname' }));
});

test('removing a field that contract operations use fails and names the operations', async () => {
  const next = edit('civil-affairs', removeField('Person', 'relationToHead'));
  const report = await checkSchemas({ base, next, operations, acknowledgements: [] });
  expect(report.ok).toBe(false);
  expect(report.changes).toContainEqual(
    expect.objectContaining({ level: 'BREAKING', path: 'Person.relationToHead', scope: 'supergraph API' }),
  );
  expect(report.brokenOperations.map((o) => o.name).sort()).toEqual(['HouseholdView', 'PersonView']);
  expect(formatReport(report)).toMatch(/PersonView \(consumer contract\): Cannot query field "relationToHead"/);
});

test('an acknowledgement naming the exact change (path, kind, meta) approves it', async () => {
  const next = edit('civil-affairs', removeField('Household', 'registeredOn'));
  const report = await checkSchemas({
    base,
    next,
    operations,
    acknowledgements: acknowledge('civil-affairs', registeredOnRemoved),
    now: NOW,
  });
  const breaking = report.changes.filter((c) => c.level === 'BREAKING');
  expect(breaking.map((c) => c.scope)).toEqual(['civil-affairs', 'supergraph API']);
  expect(breaking.every((c) => c.acknowledged)).toBe(true);
  expect(report).toMatchObject({ ok: true, acknowledgementErrors: [], staleAcknowledgements: [] });
  expect(formatReport(report)).toMatch(/acknowledged: never populated/);
});

test('the same breaking change without acknowledgement fails', async () => {
  const next = edit('civil-affairs', removeField('Household', 'registeredOn'));
  const report = await checkSchemas({ base, next, operations, acknowledgements: [] });
  expect(report.ok).toBe(false);
});

test('an acknowledgement of another kind of change at the same path does not approve it', async () => {
  const next = edit('civil-affairs', removeField('Household', 'registeredOn'));
  const acknowledgements = acknowledge('civil-affairs', registeredOnRetyped('Date', 'String'));
  const report = await checkSchemas({ base, next, operations, acknowledgements, now: NOW });
  expect(report.ok).toBe(false);
  const removed = report.changes.filter((c) => c.level === 'BREAKING' && c.kind === 'FIELD_REMOVED' && c.path === 'Household.registeredOn');
  expect(removed).toHaveLength(2);
  expect(removed.every((c) => !c.acknowledged)).toBe(true);
  expect(formatReport(report)).toMatch(
    /NOT ACKNOWLEDGED: FIELD_REMOVED at Household\.registeredOn; .*acknowledged\[0\] \(FIELD_TYPE_CHANGED at Household\.registeredOn\) acknowledges FIELD_TYPE_CHANGED, this change is FIELD_REMOVED/,
  );
});

test('an acknowledged type change does not approve a later, different type change at the same path', async () => {
  // The release that made the field nullable (Date! -> Date) was acknowledged and passed …
  const acknowledgements = acknowledge('civil-affairs', registeredOnRetyped('Date!', 'Date'));
  const nullable = await checkSchemas({
    base: edit('civil-affairs', setType('Household', 'registeredOn', 'Date!')),
    next: base,
    operations,
    acknowledgements,
    now: NOW,
  });
  expect(nullable.ok).toBe(true);
  // … and the same acknowledgement does not let the next release turn it into a String.
  const next = edit('civil-affairs', setType('Household', 'registeredOn', 'String'));
  const report = await checkSchemas({ base, next, operations, acknowledgements, now: NOW });
  expect(report.ok).toBe(false);
  const retyped = report.changes.filter((c) => c.kind === 'FIELD_TYPE_CHANGED' && c.path === 'Household.registeredOn');
  expect(retyped).toHaveLength(2);
  expect(retyped.every((c) => c.level === 'BREAKING' && !c.acknowledged)).toBe(true);
  expect(formatReport(report)).toMatch(
    /Field 'Household\.registeredOn' changed type from 'Date' to 'String' \(NOT ACKNOWLEDGED: .*acknowledges a different FIELD_TYPE_CHANGED \(oldFieldType: "Date!" acknowledged, "Date" now; newFieldType: "Date" acknowledged, "String" now\)/,
  );
});

test('an expired acknowledgement fails the check, naming it and the day it expired', async () => {
  const next = edit('civil-affairs', removeField('Household', 'registeredOn'));
  const acknowledgements = acknowledge('civil-affairs', registeredOnRemoved);
  const report = await checkSchemas({ base, next, operations, acknowledgements, now: new Date('2027-03-02T12:00:00+08:00') });
  expect(report.ok).toBe(false);
  expect(report.changes.filter((c) => c.level === 'BREAKING').every((c) => !c.acknowledged)).toBe(true);
  expect(report.acknowledgementErrors).toEqual([
    expect.objectContaining({
      acknowledgement: 'subgraphs/civil-affairs/schema-changes.json acknowledged[0] (FIELD_REMOVED at Household.registeredOn)',
    }),
  ]);
  expect(report.acknowledgementErrors[0].message).toMatch(
    /expired on 2027-03-01 \(today is 2027-03-02 in the city\): remove it if the release that carries the change has shipped, or renew it/,
  );
  expect(formatReport(report)).toMatch(/Acknowledgements that fail the check[\s\S]*expired on 2027-03-01/);
});

test('an expired acknowledgement fails even where it matches no change any more', async () => {
  const acknowledgements = acknowledge('civil-affairs', registeredOnRemoved);
  const report = await checkSchemas({ base, next: base, operations, acknowledgements, now: new Date('2027-03-02T12:00:00+08:00') });
  expect(report.ok).toBe(false);
  expect(report.acknowledgementErrors.map((e) => e.message)).toEqual([expect.stringMatching(/acknowledged\[0\] .* expired on 2027-03-01/)]);
});

test("an acknowledgement holds through its expiry day in the city's time zone, not UTC's", async () => {
  const acknowledgements = acknowledge('civil-affairs', registeredOnRemoved);
  const next = edit('civil-affairs', removeField('Household', 'registeredOn'));
  // 23:30 on 1 March in the city (15:30 UTC): still its day.
  const lastEvening = await checkSchemas({ base, next, operations, acknowledgements, now: new Date('2027-03-01T15:30:00Z') });
  expect(lastEvening).toMatchObject({ ok: true, today: '2027-03-01' });
  // 00:30 on 2 March in the city, though still 1 March in UTC: expired.
  const pastMidnight = await checkSchemas({ base, next, operations, acknowledgements, now: new Date('2027-03-01T16:30:00Z') });
  expect(pastMidnight).toMatchObject({ ok: false, today: '2027-03-02' });
});

test('an acknowledgement dated more than a year ahead fails', async () => {
  const acknowledgements = acknowledge('civil-affairs', { ...registeredOnRemoved, expires: '2099-01-01' });
  const next = edit('civil-affairs', removeField('Household', 'registeredOn'));
  const report = await checkSchemas({ base, next, operations, acknowledgements, now: NOW });
  expect(report.ok).toBe(false);
  expect(report.acknowledgementErrors[0].message).toMatch(
    /expires on 2099-01-01, more than a year after today \(2027-01-15\).*by 2028-01-15/,
  );
});

test("an acknowledgement in another agency's file does not approve the change", async () => {
  const next = edit('civil-affairs', removeField('Household', 'registeredOn'));
  const report = await checkSchemas({ base, next, operations, acknowledgements: acknowledge('housing', registeredOnRemoved), now: NOW });
  expect(report.ok).toBe(false);
  // Neither civil affairs' change nor the public API's: housing did not change.
  expect(report.changes.filter((c) => c.path === 'Household.registeredOn').map((c) => [c.scope, c.acknowledged])).toEqual([
    ['civil-affairs', undefined],
    ['supergraph API', undefined],
  ]);
  expect(formatReport(report)).toMatch(
    /subgraphs\/housing\/schema-changes\.json acknowledged\[0\] .* is housing's: it approves only housing's changes/,
  );
});

test('a stale acknowledgement, which matches no current change, is a warning and the check passes', async () => {
  const acknowledgements = acknowledge('civil-affairs', registeredOnRemoved);
  const report = await checkSchemas({ base, next: base, operations, acknowledgements, now: NOW });
  expect(report.ok).toBe(true);
  expect(report.staleAcknowledgements).toEqual([
    expect.objectContaining({
      acknowledgement: 'subgraphs/civil-affairs/schema-changes.json acknowledged[0] (FIELD_REMOVED at Household.registeredOn)',
    }),
  ]);
  expect(formatReport(report)).toMatch(
    /Stale acknowledgements \(a warning: the check still passes\)[\s\S]*is stale: it matches no breaking change against this base\. Remove it once the release that carries the change has shipped; it fails the check after 2027-03-01[\s\S]*Result: PASS/,
  );
});

test('a malformed acknowledgements file fails, naming the file and each bad entry', () => {
  const file = JSON.stringify({
    acknowledged: [
      { path: 'Household.registeredOn', reason: 'the old format: a path and a reason' },
      { ...registeredOnRemoved, expires: '2027-02-30' },
      { ...registeredOnRemoved, kind: 'FIELD_GONE' },
      registeredOnRemoved,
    ],
  });
  const parse = () => parseAcknowledgements('civil-affairs', file);
  expect(parse).toThrow(AcknowledgementFileError);
  let message = '';
  try {
    parse();
  } catch (err) {
    message = (err as Error).message;
  }
  expect(message).toMatch(/^subgraphs\/civil-affairs\/schema-changes\.json is not a valid acknowledgements file/);
  expect(message).toContain('acknowledged[0] (Household.registeredOn): kind: missing: the change type');
  expect(message).toContain('acknowledged[0] (Household.registeredOn): meta: missing');
  expect(message).toContain('acknowledged[0] (Household.registeredOn): expires: missing');
  expect(message).toContain('acknowledged[1] (FIELD_REMOVED at Household.registeredOn): expires: "2027-02-30" is not a date (YYYY-MM-DD)');
  expect(message).toContain(
    'acknowledged[2] (FIELD_GONE at Household.registeredOn): kind: unknown change type "FIELD_GONE": use a ChangeType name of @graphql-inspector/core',
  );
  expect(message).not.toContain('acknowledged[3]');
});

test('the report prints, for an unacknowledged break, the entry that acknowledges exactly it', async () => {
  const next = edit('civil-affairs', setType('Household', 'registeredOn', 'String'));
  const failing = await checkSchemas({ base, next, operations, acknowledgements: [], now: NOW });
  const printed = formatReport(failing);
  expect(printed).toMatch(/To acknowledge an intended break[\s\S]*subgraphs\/civil-affairs\/schema-changes\.json:/);
  const entries = printed
    .split('\n')
    .filter((l) => l.startsWith('    {'))
    .map((l) => JSON.parse(l));
  // Both scopes (the subgraph's and the public API's) are the same change: one entry, with the reason to write.
  expect(entries).toEqual([{ ...registeredOnRetyped('Date', 'String'), reason: '', expires: '2027-04-15' }]);
  const acknowledgements = acknowledge('civil-affairs', { ...entries[0], reason: 'dates of the old register are free text' });
  expect((await checkSchemas({ base, next, operations, acknowledgements, now: NOW })).ok).toBe(true);
});

test('a broken saved operation is approved only by an acknowledgement of its exact errors', async () => {
  const next = edit('civil-affairs', removeField('Person', 'gender'));
  const failing = await checkSchemas({ base, next, operations, acknowledgements: [], now: NOW });
  const broken = failing.brokenOperations.find((o) => o.name === 'AnalystPersons')!;
  const ack = (errors: string[]) => ({
    operation: 'AnalystPersons',
    errors,
    reason: 'analysts move to ageBand and region',
    expires: '2027-03-01',
  });
  const exact = acknowledge('civil-affairs', ack(broken.errors));
  expect(
    (await checkSchemas({ base, next, operations, acknowledgements: exact, now: NOW })).brokenOperations.find(
      (o) => o.name === 'AnalystPersons',
    )?.acknowledged,
  ).toBe('analysts move to ageBand and region');
  const other = acknowledge('civil-affairs', ack(['Cannot query field "age" on type "Person".']));
  const report = await checkSchemas({ base, next, operations, acknowledgements: other, now: NOW });
  expect(report.brokenOperations.find((o) => o.name === 'AnalystPersons')).toMatchObject({
    acknowledged: undefined,
    notApproved: expect.stringMatching(/acknowledges other errors/),
  });
});

test('a composition error fails and names the subgraph and the rule', async () => {
  const next = edit('civil-affairs', (sdl) => sdl.replace('type PageInfo @shareable {', 'type PageInfo {'));
  const report = await checkSchemas({ base, next, operations, acknowledgements: [] });
  expect(report.ok).toBe(false);
  expect(report.compositionErrors.join('\n')).toMatch(/civil-affairs/);
  expect(report.compositionErrors.join('\n')).toMatch(/rule INVALID_FIELD_SHARING/);
});

test('a deprecated field keeps working and is reported where saved operations use it', async () => {
  const next = edit(
    'civil-affairs',
    inType('Person', (body) =>
      body.replace('relationToHead: RelationToHead', 'relationToHead: RelationToHead @deprecated(reason: "use household roles")'),
    ),
  );
  const report = await checkSchemas({ base, next, operations, acknowledgements: [] });
  expect(report.ok).toBe(true);
  expect(report.deprecatedInUse).toContainEqual({ operation: 'PersonView', field: 'Person.relationToHead', reason: 'use household roles' });
});

test("the project's own saved operations are checked as well as the consumers'", async () => {
  const next = edit('civil-affairs', removeField('Person', 'gender'));
  const report = await checkSchemas({ base, next, operations, acknowledgements: [] });
  expect(report.brokenOperations).toContainEqual(expect.objectContaining({ name: 'AnalystPersons', origin: 'project' }));
});

test("every agency's schema-changes.json in the tree is well-formed", () => {
  for (const { name } of base) {
    const file = projectPath('subgraphs', name, 'schema-changes.json');
    if (existsSync(file)) expect(() => parseAcknowledgements(name, readFileSync(file, 'utf8'))).not.toThrow();
  }
});
