// The commission's writes: placements in support institutions and the institutions' construction projects, through runMutation.
import { In } from 'typeorm';
import { badUserInput } from '../../../../shared/src/errors';
import { birthDateOf } from '../../../../shared/src/id-number';
import { personKey } from '../../../../shared/src/person-key';
import { idNumberArg, intRangeArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation } from '../../../../shared/src/writes/mutation';
import { addRow, changeRow, conflictOn, forUpdate, textArg } from '../../../../shared/src/writes/rows';
import { CarePlacement, ConstructionProject, SupportInstitution } from '../entities';
import type { MutationResolvers } from '../generated/graphql';
import {
  checkBedsAdded,
  checkInvestment,
  checkPlacementEnd,
  checkPlacementSince,
  checkPlannedDates,
  checkProjectChange,
  MAX_CARE_STAFF,
  OPEN_PROJECT_STATUSES,
} from '../rules';

const institutionOf = (id: string) => `support institution ${id}`;

export const Mutation: MutationResolvers = {
  recordCarePlacement: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const institutionId = uuidArg('input.institutionId', input.institutionId);
    const key = personKey(idNumber, personKeySecret);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'recordCarePlacement', idempotencyKey, input }, async (tx) => {
      // Locked, so that placements into one institution take turns and two cannot take its last bed.
      const institution = await forUpdate(tx.manager, SupportInstitution, { id: institutionId }, institutionOf(institutionId));
      if (!institution.openedOn)
        throw badUserInput('input.institutionId', `institution ${institutionId} is not open: its new build is not complete`);
      const placements = tx.manager.getRepository(CarePlacement);
      const earlier = await placements.find({ where: { personKey: key } });
      const current = earlier.find((p) => p.status === 'PLACED');
      if (current)
        throw conflictOn(
          'input.idNumber',
          `the person lives in an institution already (placement ${current.id}, since ${current.since}); end that placement first`,
          current.id,
        );
      const previousEnd = earlier.reduce<string | null>((last, p) => (p.endedOn && (!last || p.endedOn > last) ? p.endedOn : last), null);
      checkPlacementSince(input.since, { birthDate: birthDateOf(idNumber), openedOn: institution.openedOn, previousEnd });
      const residents = await placements.count({ where: { institutionId, status: 'PLACED' } });
      if (residents >= institution.beds)
        throw badUserInput(
          'input.institutionId',
          `institution ${institutionId} is full: ${residents} residents in ${institution.beds} beds`,
        );
      return addRow(tx, CarePlacement, 'CarePlacement', {
        personKey: key,
        idNumber,
        institutionId,
        careLevel: input.careLevel,
        since: input.since,
        status: 'PLACED',
        endedOn: null,
        endReason: null,
        endNote: null,
      });
    });
  },

  endCarePlacement: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const note = input.note != null ? textArg('input.note', input.note, 500) : null;
    const placement = { where: { id }, what: `care placement ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'endCarePlacement', idempotencyKey, input }, (tx) =>
      changeRow(tx, CarePlacement, 'CarePlacement', placement, (current) => {
        access.persons.add(current.personKey);
        if (current.status === 'ENDED')
          throw badUserInput('input.id', `the placement ended on ${current.endedOn}; an ended placement is final`);
        checkPlacementEnd(input.endedOn, current.since);
        return { status: 'ENDED', endedOn: input.endedOn, endReason: input.reason, endNote: note };
      }),
    );
  },

  openConstructionProject: (_, { input, idempotencyKey }, { db, identity, access }) => {
    checkBedsAdded(input.kind, input.bedsAdded);
    checkInvestment(input.investment);
    checkPlannedDates(input.plannedStart, input.plannedCompletion);
    const newBuild = input.kind === 'NEW_BUILD';
    if (newBuild && input.institutionId != null)
      throw badUserInput('input.institutionId', 'is left out for a NEW_BUILD: give newInstitution, the institution it builds');
    if (newBuild && input.newInstitution == null)
      throw badUserInput('input.newInstitution', 'is required for a NEW_BUILD: the institution it builds');
    if (!newBuild && input.newInstitution != null)
      throw badUserInput('input.newInstitution', `is only for a NEW_BUILD; a ${input.kind} names the institution by institutionId`);
    if (!newBuild && input.institutionId == null) throw badUserInput('input.institutionId', `is required for a ${input.kind}`);
    const existingId = input.institutionId != null ? uuidArg('input.institutionId', input.institutionId) : null;
    const registered = input.newInstitution
      ? {
          kind: input.newInstitution.kind,
          name: textArg('input.newInstitution.name', input.newInstitution.name, 100),
          regionCode: regionCodeArg('input.newInstitution.regionCode', input.newInstitution.regionCode)!,
        }
      : null;
    return runMutation(db, identity, { access, operation: 'openConstructionProject', idempotencyKey, input }, async (tx) => {
      let institutionId: string;
      if (registered) {
        const institution = await addRow(tx, SupportInstitution, 'SupportInstitution', {
          ...registered,
          beds: 0,
          careStaff: 0,
          openedOn: null,
        });
        institutionId = institution.id;
      } else {
        institutionId = existingId!;
        // Locked, so that two projects opened at once for one institution take turns at the check below.
        await forUpdate(tx.manager, SupportInstitution, { id: institutionId }, institutionOf(institutionId));
        const open = await tx.manager
          .getRepository(ConstructionProject)
          .findOne({ where: { institutionId, status: In(OPEN_PROJECT_STATUSES) } });
        if (open)
          throw conflictOn(
            'input.institutionId',
            `the institution has a ${open.status} project (${open.id}); complete that one before opening another`,
            open.id,
          );
      }
      return addRow(tx, ConstructionProject, 'ConstructionProject', {
        institutionId,
        kind: input.kind,
        bedsAdded: input.bedsAdded,
        investmentFen: input.investment.toString(),
        status: 'PLANNED',
        plannedStart: input.plannedStart,
        plannedCompletion: input.plannedCompletion,
        startDate: null,
        completionDate: null,
        statusNote: null,
      });
    });
  },

  changeConstructionProject: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const note = input.note != null ? textArg('input.note', input.note, 500) : null;
    const careStaff = intRangeArg('input.careStaff', input.careStaff, 1, MAX_CARE_STAFF);
    const project = { where: { id }, what: `construction project ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'changeConstructionProject', idempotencyKey, input }, (tx) =>
      changeRow(tx, ConstructionProject, 'ConstructionProject', project, async (current) => {
        checkProjectChange({
          from: current.status,
          to: input.status,
          kind: current.kind,
          on: input.on,
          startDate: current.startDate,
          note,
          careStaff,
        });
        if (input.status === 'COMPLETED') {
          const institution = { where: { id: current.institutionId }, what: institutionOf(current.institutionId) };
          await changeRow(tx, SupportInstitution, 'SupportInstitution', institution, (built) => ({
            beds: built.beds + current.bedsAdded,
            careStaff: careStaff ?? built.careStaff,
            openedOn: built.openedOn ?? input.on,
          }));
        }
        return {
          status: input.status,
          // A project suspended before it started starts when it resumes.
          startDate: current.startDate ?? (input.status === 'UNDER_CONSTRUCTION' ? input.on : null),
          completionDate: input.status === 'COMPLETED' ? input.on : null,
          statusNote: note,
        };
      }),
    );
  },
};
