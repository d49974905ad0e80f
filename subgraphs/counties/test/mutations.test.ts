// The county governments' writes: what each accepts and refuses, how decisions and supervision items move, extensions.
// Idempotency, stale versions, atomicity, history, write scope and each write's access-log row: contract.test.ts.
import { cityToday } from '../../../shared/src/dates';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';
import { daysFromToday, decisionInput, itemInput, meetingInput } from './inputs';

const kit = agencyTestKit('counties', { people: 50 });
const { post: call, count } = kit;

const MEETING = kit.mutation('recordCoordinationMeeting', 'id heldOn kind topic attendees region { code } decisions { id }');
const DECISION_FIELDS = 'id text responsibleUnit dueDate status overdue doneOn statusNote version meeting { id }';
const DECIDE = kit.mutation('recordCoordinationDecision', DECISION_FIELDS);
const CHANGE = kit.mutation('changeCoordinationDecision', `${DECISION_FIELDS} history { operation before after }`);
const ITEM_FIELDS = `id unit category source task openedOn deadline status overdue closedOn closingNote version
  decision { id } progress { reportedOn note newDeadline }`;
const OPEN = kit.mutation('openSupervisionItem', ITEM_FIELDS);
const REPORT = kit.mutation('reportSupervisionProgress', ITEM_FIELDS);
const CLOSE = kit.mutation('closeSupervisionItem', ITEM_FIELDS);

const rows = (table: string) => count(`SELECT count(*)::int AS count FROM ${table}`);

const meeting = (overrides: Record<string, unknown> = {}) => kit.write(MEETING, meetingInput(overrides));
const decision = async (overrides: Record<string, unknown> = {}) => kit.write(DECIDE, decisionInput((await meeting()).id, overrides));
const item = (overrides: Record<string, unknown> = {}) => kit.write(OPEN, itemInput(overrides));

describe('coordination meetings', () => {
  test('a meeting is recorded with the units that attended, in the county whose mechanism met', async () => {
    const input = meetingInput({ regionCode: '411321', kind: 'CASE_CONSULTATION', attendees: ['CIVIL_AFFAIRS', 'HEALTH'] });
    const recorded = await kit.write(MEETING, input);
    expect(recorded).toMatchObject({ heldOn: input.heldOn, kind: 'CASE_CONSULTATION', topic: input.topic, region: { code: '411321' } });
    expect(recorded.attendees).toEqual(['CIVIL_AFFAIRS', 'HEALTH']);
    expect(recorded.decisions).toEqual([]);
    const attendance = await kit.keys('SELECT unit FROM coordination_meeting_attendee WHERE meeting_id = $1 ORDER BY unit', [recorded.id]);
    expect(attendance).toEqual(['CIVIL_AFFAIRS', 'HEALTH']);
  });

  test('a unit that is not a member of the county’s mechanism, or joined after the meeting, is refused as an attendee', async () => {
    const [outsider] = await kit.keys(
      `SELECT u FROM unnest(ARRAY['DEVELOPMENT_REFORM', 'JUSTICE', 'AGRICULTURE', 'PRICES']) AS u
       WHERE NOT EXISTS (SELECT 1 FROM coordination_member m WHERE m.region_code = '411302' AND m.unit = u) LIMIT 1`,
    );
    if (outsider)
      await kit.refused(
        MEETING,
        meetingInput({ attendees: [outsider] }),
        { field: 'input.attendees', message: /is not a member unit of 宛城区/ },
        () => rows('coordination_meeting'),
      );
    // A meeting on the day the mechanism was established, attended by a unit that joined later.
    const [late] = await kit.db.query(
      `SELECT m.region_code, m.unit, m.joined_on, c.established_on FROM coordination_member m JOIN coordination_mechanism c USING (region_code)
       WHERE m.joined_on > c.established_on ORDER BY m.region_code, m.unit LIMIT 1`,
    );
    await kit.refused(
      MEETING,
      meetingInput({ regionCode: late.region_code, heldOn: late.established_on, attendees: [late.unit] }),
      {
        field: 'input.attendees',
        message: new RegExp(`${late.unit} joined .*'s coordination mechanism only on ${late.joined_on}, after ${late.established_on}`),
      },
      () => rows('coordination_meeting'),
    );
  });

  test.each([
    ['a date in the future', { heldOn: '2099-01-01' }, 'input.heldOn', /must not be in the future/],
    [
      'a meeting before the mechanism was established',
      { heldOn: '2015-01-01' },
      'input.heldOn',
      /before 宛城区's mechanism was established/,
    ],
    ['no attendee', { attendees: [] }, 'input.attendees', /at least one unit/],
    ['an attendee named twice', { attendees: ['FINANCE', 'FINANCE'] }, 'input.attendees', /names FINANCE twice/],
    ['an empty topic', { topic: ' ' }, 'input.topic', /1-200 characters/],
    ['a county the city does not have', { regionCode: '110105' }, 'input.regionCode', /not a county code of this city/],
  ])('a meeting with %s is refused naming the field and records nothing', async (_name, override, field, message) => {
    await kit.refused(MEETING, meetingInput(override), { field, message }, () => rows('coordination_meeting'));
  });
});

describe('coordination decisions', () => {
  test('a decision is recorded OPEN for its meeting, and lists with the meeting and the mechanism', async () => {
    const m = await meeting({ regionCode: '411330' });
    const d = await kit.write(DECIDE, decisionInput(m.id, { responsibleUnit: 'FINANCE', dueDate: daysFromToday(45) }));
    expect(d).toMatchObject({
      responsibleUnit: 'FINANCE',
      dueDate: daysFromToday(45),
      status: 'OPEN',
      overdue: false,
      doneOn: null,
      version: 1,
    });
    expect(d.meeting).toEqual({ id: m.id });
    const res = await kit.post(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { coordination { decisions(unit: FINANCE, status: OPEN) { id }
        meetings { id decisions { id } } } } } }`,
      { r: [{ __typename: 'Region', code: '411330' }] },
    );
    const { coordination } = res.data!._entities[0];
    expect(coordination.decisions.map((x: { id: string }) => x.id)).toContain(d.id);
    expect(coordination.meetings.find((x: { id: string }) => x.id === m.id).decisions).toEqual([{ id: d.id }]);
  });

  test.each([
    ['a due date before the meeting', () => ({ dueDate: '2020-01-01' }), 'input.dueDate', /must not be before the meeting/],
    [
      'a due date over two years after it',
      () => ({ dueDate: daysFromToday(800) }),
      'input.dueDate',
      /must not be after two years after the meeting/,
    ],
    ['an empty text', () => ({ text: '' }), 'input.text', /1-500 characters/],
  ])('a decision with %s is refused naming the field and records nothing', async (_name, override, field, message) => {
    const m = await meeting();
    await kit.refused(DECIDE, decisionInput(m.id, override()), { field, message }, () => rows('coordination_decision'));
  });

  test('a decision of a meeting not on record, or assigned to a unit outside the mechanism, is refused', async () => {
    await kit.refused(
      DECIDE,
      decisionInput('7d1c3b0e-0000-4000-a000-000000000000'),
      { field: 'input.meetingId', message: /no coordination meeting/ },
      () => rows('coordination_decision'),
    );
    const [outsider] = await kit.keys(
      `SELECT u FROM unnest(ARRAY['DEVELOPMENT_REFORM', 'JUSTICE', 'AGRICULTURE', 'PRICES']) AS u
       WHERE NOT EXISTS (SELECT 1 FROM coordination_member m WHERE m.region_code = '411302' AND m.unit = u) LIMIT 1`,
    );
    if (!outsider) return;
    const m = await meeting();
    await kit.refused(
      DECIDE,
      decisionInput(m.id, { responsibleUnit: outsider }),
      { field: 'input.responsibleUnit', message: /is not a member unit/ },
      () => rows('coordination_decision'),
    );
  });

  test('a meeting records at most 20 decisions', async () => {
    const m = await meeting();
    for (let i = 0; i < 20; i++) await kit.write(DECIDE, decisionInput(m.id));
    await kit.refused(DECIDE, decisionInput(m.id), { field: 'input.meetingId', message: /has 20 decisions on record/ }, () =>
      rows('coordination_decision'),
    );
  });

  test('a decision moves OPEN -> IN_PROGRESS -> DONE, dated today with what was done, and the history keeps each step', async () => {
    const d = await decision();
    const started = await kit.write(CHANGE, { id: d.id, version: 1, status: 'IN_PROGRESS', note: '已部署' });
    expect(started).toMatchObject({ status: 'IN_PROGRESS', statusNote: '已部署', doneOn: null, version: 2 });
    const done = await kit.write(CHANGE, { id: d.id, version: 2, status: 'DONE', note: '已全部完成' });
    expect(done).toMatchObject({ status: 'DONE', statusNote: '已全部完成', doneOn: cityToday(), overdue: false, version: 3 });
    expect(done.history.map((h: { operation: string }) => h.operation)).toEqual([
      'recordCoordinationDecision',
      'changeCoordinationDecision',
      'changeCoordinationDecision',
    ]);
    expect(JSON.parse(done.history[2].after)).toMatchObject({ status: 'DONE', doneOn: cityToday() });
  });

  test.each([
    ['marked DONE without a note', [], { status: 'DONE' }, 'input.note', /required to mark a decision DONE/],
    ['sent back to OPEN', [{ status: 'IN_PROGRESS' }], { status: 'OPEN' }, 'input.status', /IN_PROGRESS moves only to DONE/],
    ['changed once DONE', [{ status: 'DONE', note: '完成' }], { status: 'IN_PROGRESS' }, 'input.id', /a done decision does not change/],
  ])('a decision %s is refused naming the field and is not changed', async (_name, steps, change, field, message) => {
    const d = await decision();
    let version = 1;
    for (const step of steps as Record<string, unknown>[]) await kit.write(CHANGE, { id: d.id, version: version++, ...step });
    const error = expectErrorCode(await call(CHANGE, { input: { id: d.id, version, ...change } }), 'BAD_USER_INPUT');
    expect({ field: error.extensions!.field, message: error.message }).toEqual({ field, message: expect.stringMatching(message) });
    expect(await count('SELECT version AS count FROM coordination_decision WHERE id = $1', [d.id])).toBe(version);
  });
});

describe('supervision items', () => {
  test('an item is opened OPEN today, addressed to its unit, and is not overdue', async () => {
    const input = itemInput();
    expect(await kit.write(OPEN, input)).toMatchObject({
      unit: 'FINANCE',
      category: 'FUNDS',
      source: 'CITY_ASSIGNMENT',
      task: input.task,
      openedOn: cityToday(),
      deadline: input.deadline,
      status: 'OPEN',
      overdue: false,
      closedOn: null,
      decision: null,
      progress: [],
      version: 1,
    });
  });

  test('an item following up a decision names it, and the decision lists it', async () => {
    const d = await decision({ responsibleUnit: 'CIVIL_AFFAIRS' });
    const i = await item({ source: 'MEETING_DECISION', decisionId: d.id, unit: 'CIVIL_AFFAIRS', category: 'VERIFICATION' });
    expect(i.decision).toEqual({ id: d.id });
    const res = await kit.post(
      `{ coordinationDecisions(filter: { regionCode: "411302", status: OPEN }, first: 100) { nodes { id supervisionItems { id } } } }`,
    );
    const listed = res.data!.coordinationDecisions.nodes.find((x: { id: string }) => x.id === d.id);
    expect(listed.supervisionItems).toEqual([{ id: i.id }]);
  });

  test.each([
    ['the county government itself as its unit', { unit: 'COUNTIES' }, 'input.unit', /supervises its units, not itself/],
    ['a deadline in the past', { deadline: '2020-01-01' }, 'input.deadline', /must not be before today/],
    ['a deadline over two years ahead', { deadline: daysFromToday(800) }, 'input.deadline', /must not be after two years from today/],
    ['an empty task', { task: '' }, 'input.task', /1-500 characters/],
    ['a meeting decision not named', { source: 'MEETING_DECISION' }, 'input.decisionId', /is required when the source is MEETING_DECISION/],
    [
      'a decision named for another source',
      { source: 'PETITION', decisionId: '7d1c3b0e-0000-4000-a000-000000000000' },
      'input.decisionId',
      /only for items whose source is MEETING_DECISION, not PETITION/,
    ],
    [
      'a decision not on record',
      { source: 'MEETING_DECISION', decisionId: '7d1c3b0e-0000-4000-a000-000000000000' },
      'input.decisionId',
      /no coordination decision/,
    ],
  ])('an item with %s is refused naming the field and opens nothing', async (_name, override, field, message) => {
    await kit.refused(OPEN, itemInput(override), { field, message }, () => rows('supervision_item'));
  });

  test('an item may follow up only an unfinished decision of its own county', async () => {
    const d = await decision();
    await kit.refused(
      OPEN,
      itemInput({ regionCode: '411303', source: 'MEETING_DECISION', decisionId: d.id }),
      { field: 'input.decisionId', message: /is a decision of 宛城区, not of 411303/ },
      () => rows('supervision_item'),
    );
    await kit.write(CHANGE, { id: d.id, version: 1, status: 'DONE', note: '已完成' });
    await kit.refused(
      OPEN,
      itemInput({ source: 'MEETING_DECISION', decisionId: d.id }),
      { field: 'input.decisionId', message: /was marked DONE on .*: nothing is left to supervise/ },
      () => rows('supervision_item'),
    );
  });

  test('a progress report puts the item IN_PROGRESS and is listed newest first; an extension moves its deadline', async () => {
    const i = await item({ deadline: daysFromToday(20) });
    const first = await kit.write(REPORT, { id: i.id, version: 1, note: '已制定工作方案' });
    expect(first).toMatchObject({ status: 'IN_PROGRESS', deadline: daysFromToday(20), version: 2 });
    const second = await kit.write(REPORT, { id: i.id, version: 2, note: '工作量较大，申请延期', newDeadline: daysFromToday(50) });
    expect(second).toMatchObject({ status: 'IN_PROGRESS', deadline: daysFromToday(50), version: 3 });
    expect(second.progress).toEqual([
      { reportedOn: cityToday(), note: '工作量较大，申请延期', newDeadline: daysFromToday(50) },
      { reportedOn: cityToday(), note: '已制定工作方案', newDeadline: null },
    ]);
  });

  test('an overdue item extended to a later deadline is no longer overdue', async () => {
    const [past] = await kit.db.query(
      "SELECT id, version, opened_on FROM supervision_item WHERE status <> 'DONE' AND deadline < $1 AND opened_on > $2 ORDER BY id LIMIT 1",
      [cityToday(), daysFromToday(-300)],
    );
    const extended = await kit.write(REPORT, { id: past.id, version: past.version, note: '申请延期', newDeadline: daysFromToday(30) });
    expect(extended).toMatchObject({ overdue: false, deadline: daysFromToday(30) });
    const overdue = await kit.walk('supervisionItems', { overdue: true }, 100);
    expect(overdue.ids).not.toContain(past.id);
  });

  test.each([
    ['a deadline that is no later', () => ({ newDeadline: daysFromToday(30) }), /must be after the current deadline/],
    [
      'a deadline over two years after opening',
      () => ({ newDeadline: daysFromToday(800) }),
      /must not be after two years after the item was opened/,
    ],
  ])('an extension to %s is refused naming newDeadline and changes nothing', async (_name, override, message) => {
    const i = await item({ deadline: daysFromToday(30) });
    await kit.refused(REPORT, { id: i.id, version: 1, note: '申请延期', ...override() }, { field: 'input.newDeadline', message }, () =>
      rows('supervision_progress'),
    );
    expect(await count('SELECT version AS count FROM supervision_item WHERE id = $1', [i.id])).toBe(1);
  });

  test('closing an item makes it DONE today with what was done; a closed item takes no report and is not closed again', async () => {
    const i = await item();
    const closed = await kit.write(CLOSE, { id: i.id, version: 1, note: '资金已全部拨付到位' });
    expect(closed).toMatchObject({ status: 'DONE', closedOn: cityToday(), closingNote: '资金已全部拨付到位', overdue: false, version: 2 });
    await kit.refused(
      REPORT,
      { id: i.id, version: 2, note: '补充' },
      { field: 'input.id', message: /closed on .*; a closed item does not change: open a new one/ },
      () => rows('supervision_progress'),
    );
    const again = expectErrorCode(await call(CLOSE, { input: { id: i.id, version: 2, note: '再次办结' } }), 'BAD_USER_INPUT');
    expect(again.extensions!.field).toBe('input.id');
  });

  test('an item not on record is NOT_FOUND', async () => {
    expectErrorCode(await call(CLOSE, { input: { id: '7d1c3b0e-0000-4000-a000-000000000000', version: 1, note: '办结' } }), 'NOT_FOUND');
  });
});
