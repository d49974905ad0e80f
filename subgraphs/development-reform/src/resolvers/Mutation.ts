// The commission's writes: placements in support institutions and the institutions' construction projects, through runMutation.
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { badUserInput } from '../../../../shared/src/errors';
import { birthDateOf } from '../../../../shared/src/id-number';
import { personKey } from '../../../../shared/src/person-key';
import { idNumberArg, intRangeArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation } from '../../../../shared/src/writes/mutation';
import { conflictOn, forUpdate, save, textArg } from '../../../../shared/src/writes/rows';
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
      const id = randomUUID();
      return save(
        tx,
        CarePlacement,
        'CarePlacement',
        id,
        null,
        Object.assign(new CarePlacement(), {
          id,
          personKey: key,
          idNumber,
          institutionId,
          careLevel: input.careLevel,
          since: input.since,
          status: 'PLACED',
          endedOn: null,
          endReason: null,
          endNote: null,
          version: 1,
        }),
      );
    });
  },

  endCarePlacement: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const note = input.note != null ? textArg('input.note', input.note, 500) : null;
    return runMutation(db, identity, { access, operation: 'endCarePlacement', idempotencyKey, input }, async (tx) => {
      const current = await forUpdate(tx.manager, CarePlacement, { id }, `care placement ${id}`, input.version);
      access.persons.add(current.personKey);
      if (current.status === 'ENDED')
        throw badUserInput('input.id', `the placement ended on ${current.endedOn}; an ended placement is final`);
      checkPlacementEnd(input.endedOn, current.since);
      return save(
        tx,
        CarePlacement,
        'CarePlacement',
        id,
        { ...current },
        Object.assign(new CarePlacement(), {
          ...current,
          status: 'ENDED',
          endedOn: input.endedOn,
          endReason: input.reason,
          endNote: note,
          version: current.version + 1,
        }),
      );
    });
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
        institutionId = randomUUID();
        await save(
          tx,
          SupportInstitution,
          'SupportInstitution',
          institutionId,
          null,
          Object.assign(new SupportInstitution(), { id: institutionId, ...registered, beds: 0, careStaff: 0, openedOn: null, version: 1 }),
        );
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
      const id = randomUUID();
      return save(
        tx,
        ConstructionProject,
        'ConstructionProject',
        id,
        null,
        Object.assign(new ConstructionProject(), {
          id,
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
          version: 1,
        }),
      );
    });
  },

  changeConstructionProject: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const note = input.note != null ? textArg('input.note', input.note, 500) : null;
    const careStaff = intRangeArg('input.careStaff', input.careStaff, 1, MAX_CARE_STAFF);
    return runMutation(db, identity, { access, operation: 'changeConstructionProject', idempotencyKey, input }, async (tx) => {
      const current = await forUpdate(tx.manager, ConstructionProject, { id }, `construction project ${id}`, input.version);
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
        const institution = await forUpdate(
          tx.manager,
          SupportInstitution,
          { id: current.institutionId },
          institutionOf(current.institutionId),
        );
        await save(
          tx,
          SupportInstitution,
          'SupportInstitution',
          institution.id,
          { ...institution },
          Object.assign(new SupportInstitution(), {
            ...institution,
            beds: institution.beds + current.bedsAdded,
            careStaff: careStaff ?? institution.careStaff,
            openedOn: institution.openedOn ?? input.on,
            version: institution.version + 1,
          }),
        );
      }
      return save(
        tx,
        ConstructionProject,
        'ConstructionProject',
        id,
        { ...current },
        Object.assign(new ConstructionProject(), {
          ...current,
          status: input.status,
          // A project suspended before it started starts when it resumes.
          startDate: current.startDate ?? (input.status === 'UNDER_CONSTRUCTION' ? input.on : null),
          completionDate: input.status === 'COMPLETED' ? input.on : null,
          statusNote: note,
          version: current.version + 1,
        }),
      );
    });
  },
};
