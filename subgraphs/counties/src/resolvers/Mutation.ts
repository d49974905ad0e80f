// The county governments' writes: coordination meetings and their decisions, supervision items, through runMutation.
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { cityToday } from '../../../../shared/src/dates';
import { badUserInput } from '../../../../shared/src/errors';
import { findRegion } from '../../../../shared/src/regions';
import { regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation } from '../../../../shared/src/writes/mutation';
import { addRow, changeRow, textArg } from '../../../../shared/src/writes/rows';
import {
  CoordinationDecision,
  CoordinationMechanism,
  CoordinationMeeting,
  CoordinationMember,
  MeetingAttendee,
  SupervisionItem,
  SupervisionProgress,
} from '../entities';
import type { GovernmentUnit, MutationResolvers } from '../generated/graphql';
import { oneWindowMutation } from './OneWindow';
import { checkDateBetween, checkDecisionChange, checkItemOpen, latestDue, MAX_DECISIONS } from '../rules';

/** The units of a county's mechanism and the day each joined, read in the write's transaction. */
async function membersOf(manager: EntityManager, regionCode: string): Promise<Map<GovernmentUnit, string>> {
  const members = await manager.getRepository(CoordinationMember).find({ where: { regionCode } });
  return new Map(members.map((m) => [m.unit, m.joinedOn]));
}

/** Refuses a unit that was not a member of the county's mechanism on `day`. */
function checkMember(field: string, unit: GovernmentUnit, members: Map<GovernmentUnit, string>, day: string, county: string): void {
  const joined = members.get(unit);
  if (!joined) throw badUserInput(field, `${unit} is not a member unit of ${county}'s coordination mechanism`);
  if (joined > day) throw badUserInput(field, `${unit} joined ${county}'s coordination mechanism only on ${joined}, after ${day}`);
}

/** Today, or `earliest` when a demo item is dated after the real clock's today: a report or a closing never precedes the opening. */
const notBefore = (earliest: string) => {
  const today = cityToday();
  return today < earliest ? earliest : today;
};

export const Mutation: MutationResolvers = {
  ...oneWindowMutation,

  recordCoordinationMeeting: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const regionCode = regionCodeArg('input.regionCode', input.regionCode)!;
    const county = findRegion(regionCode)!.name;
    const topic = textArg('input.topic', input.topic, 200);
    const today = cityToday();
    if (input.heldOn > today) throw badUserInput('input.heldOn', `must not be in the future (today is ${today}), got ${input.heldOn}`);
    if (input.attendees.length === 0) throw badUserInput('input.attendees', 'must name at least one unit that attended');
    const twice = input.attendees.find((unit, i) => input.attendees.indexOf(unit) !== i);
    if (twice) throw badUserInput('input.attendees', `names ${twice} twice: name each unit once`);
    return runMutation(db, identity, { access, operation: 'recordCoordinationMeeting', idempotencyKey, input }, async (tx) => {
      const mechanism = await tx.manager.getRepository(CoordinationMechanism).findOne({ where: { regionCode } });
      if (!mechanism) throw badUserInput('input.regionCode', `${county} has no coordination mechanism on record`);
      if (input.heldOn < mechanism.establishedOn)
        throw badUserInput('input.heldOn', `must not be before ${county}'s mechanism was established (${mechanism.establishedOn})`);
      const members = await membersOf(tx.manager, regionCode);
      input.attendees.forEach((unit) => checkMember('input.attendees', unit, members, input.heldOn, county));
      const id = randomUUID();
      const meeting = await tx.manager
        .getRepository(CoordinationMeeting)
        .save(Object.assign(new CoordinationMeeting(), { id, regionCode, heldOn: input.heldOn, kind: input.kind, topic }));
      await tx.manager.getRepository(MeetingAttendee).insert(input.attendees.map((unit) => ({ meetingId: id, unit, regionCode })));
      // The meeting's record keeps who attended: attendance is part of what was minuted.
      await tx.record({ entityType: 'CoordinationMeeting', entityId: id, before: null, after: { ...meeting, attendees: input.attendees } });
      return meeting;
    });
  },

  recordCoordinationDecision: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const meetingId = uuidArg('input.meetingId', input.meetingId);
    const text = textArg('input.text', input.text, 500);
    return runMutation(db, identity, { access, operation: 'recordCoordinationDecision', idempotencyKey, input }, async (tx) => {
      // Locked: the meeting's decisions are counted against the limit while no other is being added beside this one.
      const meeting = await tx.manager
        .getRepository(CoordinationMeeting)
        .findOne({ where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      if (!meeting) throw badUserInput('input.meetingId', `no coordination meeting ${meetingId} is on record`);
      const county = findRegion(meeting.regionCode)?.name ?? meeting.regionCode;
      checkDateBetween('input.dueDate', input.dueDate, meeting.heldOn, latestDue(meeting.heldOn), {
        earliest: 'the meeting',
        latest: 'two years after the meeting',
      });
      checkMember('input.responsibleUnit', input.responsibleUnit, await membersOf(tx.manager, meeting.regionCode), meeting.heldOn, county);
      const recorded = await tx.manager.getRepository(CoordinationDecision).count({ where: { meetingId } });
      if (recorded >= MAX_DECISIONS)
        throw badUserInput(
          'input.meetingId',
          `the meeting of ${meeting.heldOn} has ${recorded} decisions on record, the most a meeting records`,
        );
      return addRow(tx, CoordinationDecision, 'CoordinationDecision', {
        meetingId,
        regionCode: meeting.regionCode,
        text,
        responsibleUnit: input.responsibleUnit,
        dueDate: input.dueDate,
        status: 'OPEN',
        doneOn: null,
        statusNote: null,
      });
    });
  },

  changeCoordinationDecision: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const note = input.note != null ? textArg('input.note', input.note, 500) : null;
    const decision = { where: { id }, what: `coordination decision ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'changeCoordinationDecision', idempotencyKey, input }, (tx) =>
      changeRow(tx, CoordinationDecision, 'CoordinationDecision', decision, (current) => {
        checkDecisionChange(current.status, input.status, note, current.doneOn);
        return {
          status: input.status,
          // The note explains the status it comes with.
          statusNote: note,
          doneOn: input.status === 'DONE' ? cityToday() : null,
        };
      }),
    );
  },

  openSupervisionItem: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const regionCode = regionCodeArg('input.regionCode', input.regionCode)!;
    if (input.unit === 'COUNTIES')
      throw badUserInput('input.unit', 'must be a unit of the county: the county government supervises its units, not itself');
    const task = textArg('input.task', input.task, 500);
    const today = cityToday();
    checkDateBetween('input.deadline', input.deadline, today, latestDue(today), { earliest: 'today', latest: 'two years from today' });
    const decisionId = input.decisionId != null ? uuidArg('input.decisionId', input.decisionId) : null;
    if (input.source === 'MEETING_DECISION' && !decisionId)
      throw badUserInput('input.decisionId', 'is required when the source is MEETING_DECISION: name the decision followed up');
    if (input.source !== 'MEETING_DECISION' && decisionId)
      throw badUserInput('input.decisionId', `is only for items whose source is MEETING_DECISION, not ${input.source}`);
    return runMutation(db, identity, { access, operation: 'openSupervisionItem', idempotencyKey, input }, async (tx) => {
      if (decisionId) {
        // Shared lock: the decision cannot be marked done while an item to follow it up is being opened.
        const decision = await tx.manager
          .getRepository(CoordinationDecision)
          .findOne({ where: { id: decisionId }, lock: { mode: 'pessimistic_read' } });
        if (!decision) throw badUserInput('input.decisionId', `no coordination decision ${decisionId} is on record`);
        if (decision.regionCode !== regionCode)
          throw badUserInput(
            'input.decisionId',
            `is a decision of ${findRegion(decision.regionCode)?.name ?? decision.regionCode}, not of ${regionCode}`,
          );
        if (decision.status === 'DONE')
          throw badUserInput('input.decisionId', `the decision was marked DONE on ${decision.doneOn}: nothing is left to supervise`);
      }
      return addRow(tx, SupervisionItem, 'SupervisionItem', {
        regionCode,
        unit: input.unit,
        category: input.category,
        source: input.source,
        decisionId,
        task,
        openedOn: today,
        deadline: input.deadline,
        status: 'OPEN',
        closedOn: null,
        closingNote: null,
      });
    });
  },

  reportSupervisionProgress: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const note = textArg('input.note', input.note, 500);
    const item = { where: { id }, what: `supervision item ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'reportSupervisionProgress', idempotencyKey, input }, async (tx) => {
      // The day of the report, fixed when the item is read: the new deadline is checked against it and the progress row keeps it.
      let reportedOn = '';
      const saved = await changeRow(tx, SupervisionItem, 'SupervisionItem', item, (current) => {
        checkItemOpen(current.status, current.closedOn);
        reportedOn = notBefore(current.openedOn);
        if (input.newDeadline != null) {
          if (input.newDeadline <= current.deadline)
            throw badUserInput('input.newDeadline', `must be after the current deadline (${current.deadline}), got ${input.newDeadline}`);
          checkDateBetween('input.newDeadline', input.newDeadline, reportedOn, latestDue(current.openedOn), {
            earliest: 'today',
            latest: 'two years after the item was opened',
          });
        }
        return { status: 'IN_PROGRESS', deadline: input.newDeadline ?? current.deadline };
      });
      const progress = await tx.manager
        .getRepository(SupervisionProgress)
        .save(Object.assign(new SupervisionProgress(), { itemId: id, reportedOn, note, newDeadline: input.newDeadline ?? null }));
      await tx.record({ entityType: 'SupervisionProgress', entityId: progress.id, before: null, after: progress });
      return saved;
    });
  },

  closeSupervisionItem: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const note = textArg('input.note', input.note, 500);
    const item = { where: { id }, what: `supervision item ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'closeSupervisionItem', idempotencyKey, input }, (tx) =>
      changeRow(tx, SupervisionItem, 'SupervisionItem', item, (current) => {
        checkItemOpen(current.status, current.closedOn);
        return { status: 'DONE', closedOn: notBefore(current.openedOn), closingNote: note };
      }),
    );
  },
};
