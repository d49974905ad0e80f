// The commission's writes: what each accepts and refuses, the placements' beds and dates, the construction projects' lifecycle.
// Idempotency, stale versions, atomicity, history, write scope and each write's access-log row: contract.test.ts.
import { personKey } from '../../../shared/src/person-key';
import { addDays } from '../../../shared/src/testing/dates';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { testIdNumber } from '../../../shared/src/testing/id-numbers';
import { agencyTestKit } from '../../../test/support/agency';
import { newBuildInput, newIdNumber, openInstitution, placementInput, TODAY, Write } from './inputs';

const kit = agencyTestKit('development-reform', { people: 300 });
const { post: call, count } = kit;

const PLACEMENT = 'id person { id } institution { id residents } careLevel since status endedOn endReason endNote version';
const PROJECT =
  'id institution { id beds careStaff openedOn version } kind bedsAdded investment status startDate completionDate statusNote version';
const SELECTIONS: Record<string, string> = {
  recordCarePlacement: PLACEMENT,
  endCarePlacement: PLACEMENT,
  openConstructionProject: PROJECT,
  changeConstructionProject: PROJECT,
};

/** The text of a write, its answer the fields of its kind of record. */
const textOf = (mutation: string) => kit.mutation(mutation, SELECTIONS[mutation]);
const send = (mutation: string, input: Record<string, unknown>) => call(textOf(mutation), { input });
const write: Write = (mutation, input) => kit.write(textOf(mutation), input);
/** Refused BAD_USER_INPUT naming `field`, its message starting with it. */
const refused = (mutation: string, input: Record<string, unknown>, field: string) => kit.refused(textOf(mutation), input, { field });

const rows = (table: string) => count(`SELECT count(*)::int AS count FROM ${table}`);
const place = (institutionId: string, overrides: Record<string, unknown> = {}) =>
  write('recordCarePlacement', placementInput(institutionId, overrides));
/** A planned new build, opened: the answer of openConstructionProject. */
const planned = (overrides: Record<string, unknown> = {}) => write('openConstructionProject', newBuildInput(overrides));
const change = (project: Record<string, any>, input: Record<string, unknown>) =>
  write('changeConstructionProject', { id: project.id, version: project.version, ...input });
/** The change of the project as it last answered, refused naming `field`. */
const refusedChange = (project: Record<string, any>, input: Record<string, unknown>, field: string) =>
  refused('changeConstructionProject', { id: project.id, version: project.version, ...input }, field);

let roomy: Promise<string> | undefined;
/** An open institution of 500 beds, shared by the tests that only need a bed. */
const institution = () => (roomy ??= openInstitution(write));

describe('recordCarePlacement and endCarePlacement', () => {
  test('recording a placement stores the resident PLACED by key and ID number, and counts them in the institution', async () => {
    const id = await institution();
    const input = placementInput(id);
    const before = await count("SELECT count(*)::int AS count FROM care_placement WHERE institution_id = $1 AND status = 'PLACED'", [id]);
    const placement = await write('recordCarePlacement', input);
    const key = personKey(input.idNumber, kit.personKeySecret);
    expect(placement).toMatchObject({
      person: { id: key },
      institution: { id, residents: before + 1 },
      careLevel: 'PARTIAL_CARE',
      since: input.since,
      status: 'PLACED',
      endedOn: null,
      version: 1,
    });
    const [row] = await kit.db.query('SELECT person_key, id_number, status FROM care_placement WHERE id = $1', [placement.id]);
    expect(row).toEqual({ person_key: key, id_number: input.idNumber, status: 'PLACED' });
  });

  test('a second placement of a person living in an institution is a CONFLICT naming the placement', async () => {
    const id = await institution();
    const idNumber = newIdNumber();
    const first = await place(id, { idNumber });
    const res = await send('recordCarePlacement', placementInput(id, { idNumber }));
    expect(expectErrorCode(res, 'CONFLICT', 'recordCarePlacement').extensions).toMatchObject({
      field: 'input.idNumber',
      existingId: first.id,
    });
  });

  test('a full institution is refused naming it, and the last bed goes to one of two placements sent at once', async () => {
    const id = await openInstitution(write, 2);
    await place(id);
    const before = await rows('care_placement');
    const answers = await Promise.all([send('recordCarePlacement', placementInput(id)), send('recordCarePlacement', placementInput(id))]);
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    const error = expectErrorCode(
      answers.find((a) => a.errors)!,
      'BAD_USER_INPUT',
      'recordCarePlacement',
    );
    expect(error.extensions!.field).toBe('input.institutionId');
    expect(error.message).toMatch(/is full: 2 residents in 2 beds/);
    expect(await rows('care_placement')).toBe(before + 1);
  });

  test('an institution whose new build is not complete is refused naming it', async () => {
    const project = await planned();
    await refused('recordCarePlacement', placementInput(project.institution.id), 'input.institutionId');
  });

  test('an institution the commission does not know is NOT_FOUND', async () => {
    const res = await send('recordCarePlacement', placementInput('7f1c0f1e-0000-4000-a000-000000000000'));
    expectErrorCode(res, 'NOT_FOUND', 'recordCarePlacement');
  });

  test.each([
    ['an ID number with a wrong check character', { idNumber: '110105194912310021' }, 'input.idNumber'],
    ['a child under 16', { idNumber: testIdNumber('411328', addDays(TODAY, -15 * 365), 901) }, 'input.idNumber'],
    ['an institution id that is not a UUID', { institutionId: 'centre-1' }, 'input.institutionId'],
    ['a move-in day in the future', { since: addDays(TODAY, 1) }, 'input.since'],
    ['a move-in day before the institution opened', { since: addDays(TODAY, -31) }, 'input.since'],
  ])('%s is refused naming the field and stores nothing', async (_name, overrides, field) => {
    const input = placementInput(await institution(), overrides);
    const before = await rows('care_placement');
    await refused('recordCarePlacement', input, field);
    expect(await rows('care_placement')).toBe(before);
  });

  test('ending a placement records the day and reason, frees the bed, and lets the person be placed again from that day', async () => {
    const id = await institution();
    const idNumber = newIdNumber();
    const placement = await place(id, { idNumber, since: addDays(TODAY, -20) });
    const ended = await write('endCarePlacement', {
      id: placement.id,
      version: 1,
      endedOn: addDays(TODAY, -5),
      reason: 'TRANSFERRED',
      note: '转入县失能特困人员照护中心',
    });
    expect(ended).toMatchObject({
      status: 'ENDED',
      endedOn: addDays(TODAY, -5),
      endReason: 'TRANSFERRED',
      endNote: '转入县失能特困人员照护中心',
      institution: { residents: placement.institution.residents - 1 },
      version: 2,
    });
    await refused('recordCarePlacement', placementInput(id, { idNumber, since: addDays(TODAY, -6) }), 'input.since');
    const again = await place(id, { idNumber, since: addDays(TODAY, -5), careLevel: 'FULL_CARE' });
    const res = await kit.entities([again.person.id], 'careInstitution { id careLevel status }', 'caseworker');
    expect(res.data!._entities[0].careInstitution).toEqual({ id: again.id, careLevel: 'FULL_CARE', status: 'PLACED' });
  });

  test('an ended placement is final, and an end before the move-in day is refused naming it', async () => {
    const placement = await place(await institution(), { since: addDays(TODAY, -20) });
    await refused('endCarePlacement', { id: placement.id, version: 1, endedOn: addDays(TODAY, -21), reason: 'MOVED_OUT' }, 'input.endedOn');
    await refused('endCarePlacement', { id: placement.id, version: 1, endedOn: addDays(TODAY, 1), reason: 'MOVED_OUT' }, 'input.endedOn');
    await write('endCarePlacement', { id: placement.id, version: 1, endedOn: TODAY, reason: 'DECEASED' });
    await refused('endCarePlacement', { id: placement.id, version: 2, endedOn: TODAY, reason: 'MOVED_OUT' }, 'input.id');
  });
});

describe('openConstructionProject and changeConstructionProject', () => {
  test('a new build registers its institution without beds, not open, with the project PLANNED', async () => {
    const before = await rows('support_institution');
    const project = await planned({ bedsAdded: 120, investment: '15000000.5' });
    expect(project).toMatchObject({
      institution: { beds: 0, careStaff: 0, openedOn: null, version: 1 },
      kind: 'NEW_BUILD',
      bedsAdded: 120,
      investment: '15000000.50',
      status: 'PLANNED',
      startDate: null,
      completionDate: null,
      version: 1,
    });
    expect(await rows('support_institution')).toBe(before + 1);
  });

  test('completing a new build opens its institution with its beds and care staff; an expansion then adds its beds', async () => {
    const project = await planned({ bedsAdded: 80 });
    const started = await change(project, { status: 'UNDER_CONSTRUCTION', on: addDays(TODAY, -200) });
    expect(started).toMatchObject({ status: 'UNDER_CONSTRUCTION', startDate: addDays(TODAY, -200) });
    const done = await change(started, { status: 'COMPLETED', on: addDays(TODAY, -10), careStaff: 12 });
    expect(done).toMatchObject({
      status: 'COMPLETED',
      completionDate: addDays(TODAY, -10),
      institution: { beds: 80, careStaff: 12, openedOn: addDays(TODAY, -10), version: 2 },
    });
    const expansion = await write('openConstructionProject', {
      kind: 'EXPANSION',
      institutionId: done.institution.id,
      bedsAdded: 40,
      investment: '5000000.00',
      plannedStart: addDays(TODAY, -9),
      plannedCompletion: addDays(TODAY, 300),
    });
    const built = await change(await change(expansion, { status: 'UNDER_CONSTRUCTION', on: addDays(TODAY, -8) }), {
      status: 'COMPLETED',
      on: TODAY,
    });
    expect(built.institution).toMatchObject({ beds: 120, careStaff: 12, openedOn: addDays(TODAY, -10), version: 3 });
  });

  test('a second open project of an institution is a CONFLICT naming the first', async () => {
    const id = await institution();
    const first = await write('openConstructionProject', {
      kind: 'RENOVATION',
      institutionId: id,
      bedsAdded: 0,
      investment: '800000.00',
      plannedStart: TODAY,
      plannedCompletion: addDays(TODAY, 200),
    });
    const res = await send('openConstructionProject', {
      kind: 'EXPANSION',
      institutionId: id,
      bedsAdded: 10,
      investment: '1000000.00',
      plannedStart: TODAY,
      plannedCompletion: addDays(TODAY, 200),
    });
    expect(expectErrorCode(res, 'CONFLICT', 'openConstructionProject').extensions).toMatchObject({
      field: 'input.institutionId',
      existingId: first.id,
    });
  });

  test.each([
    ['a new build naming an existing institution', { institutionId: '7f1c0f1e-0000-4000-a000-000000000000' }, 'input.institutionId'],
    ['a new build without its institution', { newInstitution: null }, 'input.newInstitution'],
    ['an expansion registering an institution', { kind: 'EXPANSION' }, 'input.newInstitution'],
    ['an expansion adding no beds', { kind: 'EXPANSION', newInstitution: null, institutionId: null, bedsAdded: 0 }, 'input.bedsAdded'],
    ['beds beyond 2000', { bedsAdded: 2001 }, 'input.bedsAdded'],
    ['no investment', { investment: '0.00' }, 'input.investment'],
    ['a start before 2016', { plannedStart: '2015-12-31', plannedCompletion: '2017-01-01' }, 'input.plannedStart'],
    ['a completion before the start', { plannedCompletion: addDays(TODAY, -401) }, 'input.plannedCompletion'],
    ['a completion more than five years after the start', { plannedCompletion: addDays(TODAY, 1500) }, 'input.plannedCompletion'],
    [
      'a county outside the city',
      { newInstitution: { kind: 'COUNTY_CARE_CENTRE', name: '某中心', regionCode: '110105' } },
      'input.newInstitution.regionCode',
    ],
  ])('%s is refused naming the field and stores nothing', async (_name, overrides, field) => {
    const before = [await rows('construction_project'), await rows('support_institution')];
    await refused('openConstructionProject', newBuildInput(overrides), field);
    expect([await rows('construction_project'), await rows('support_institution')]).toEqual(before);
  });

  test('a change its lifecycle does not allow is refused naming the status, and COMPLETED is final', async () => {
    const project = await planned();
    await refusedChange(project, { status: 'COMPLETED', on: TODAY, careStaff: 5 }, 'input.status');
    await refusedChange(project, { status: 'PLANNED', on: TODAY }, 'input.status');
    const started = await change(project, { status: 'UNDER_CONSTRUCTION', on: addDays(TODAY, -3) });
    const done = await change(started, { status: 'COMPLETED', on: TODAY, careStaff: 5 });
    const error = await refusedChange(done, { status: 'SUSPENDED', on: TODAY, note: '停工' }, 'input.status');
    expect(error.message).toMatch(/it is final/);
  });

  test('suspending needs a note, and a project suspended before it started starts when it resumes', async () => {
    const project = await planned();
    await refusedChange(project, { status: 'SUSPENDED', on: TODAY }, 'input.note');
    const suspended = await change(project, { status: 'SUSPENDED', on: addDays(TODAY, -4), note: '配套资金未到位' });
    expect(suspended).toMatchObject({ status: 'SUSPENDED', startDate: null, statusNote: '配套资金未到位' });
    const resumed = await change(suspended, { status: 'UNDER_CONSTRUCTION', on: addDays(TODAY, -2) });
    expect(resumed).toMatchObject({ status: 'UNDER_CONSTRUCTION', startDate: addDays(TODAY, -2), statusNote: null });
  });

  test('care staff is required to complete a new build and refused otherwise; a completion before the start is refused naming the day', async () => {
    const project = await planned();
    await refusedChange(project, { status: 'UNDER_CONSTRUCTION', on: TODAY, careStaff: 3 }, 'input.careStaff');
    const started = await change(project, { status: 'UNDER_CONSTRUCTION', on: addDays(TODAY, -3) });
    await refusedChange(started, { status: 'COMPLETED', on: TODAY }, 'input.careStaff');
    await refusedChange(started, { status: 'COMPLETED', on: TODAY, careStaff: 0 }, 'input.careStaff');
    await refusedChange(started, { status: 'COMPLETED', on: addDays(TODAY, -4), careStaff: 3 }, 'input.on');
    await refusedChange(started, { status: 'COMPLETED', on: addDays(TODAY, 1), careStaff: 3 }, 'input.on');
  });
});
