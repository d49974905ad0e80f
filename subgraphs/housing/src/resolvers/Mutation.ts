// Housing's writes: property holdings and housing assistance, through runMutation.
import { GraphQLError } from 'graphql';
import { EntityManager, In, IsNull } from 'typeorm';
import { badUserInput } from '../../../../shared/src/errors';
import { personKey } from '../../../../shared/src/person-key';
import { idNumberArg, personRefArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation } from '../../../../shared/src/writes/mutation';
import { addRow, changeRow, conflictOn, textArg } from '../../../../shared/src/writes/rows';
import { HousingAssistance, PropertyHolding } from '../entities';
import type { MutationResolvers } from '../generated/graphql';
import { checkAssistanceChange, checkDate, isFinal, OPEN_STATUSES } from '../rules';
import { cityToday } from '../../../../shared/src/dates';

const MAX_AREA_SQM = 10_000;
const CERTIFICATE = /^.+\(([0-9]{4})\).+不动产权第[0-9]{7}号$/;

/** A positive number of at most `max` with at most `decimals` fraction digits, as the numeric column stores it. */
function decimalArg(field: string, value: number, decimals: number, max: number): string {
  if (!Number.isFinite(value) || value <= 0 || value > max) throw badUserInput(field, `must be above 0 and at most ${max}, got ${value}`);
  const scaled = value * 10 ** decimals;
  if (Math.abs(scaled - Math.round(scaled)) > 1e-6) throw badUserInput(field, `must have at most ${decimals} decimal places, got ${value}`);
  return value.toFixed(decimals);
}

/** 不动产权证书 number such as 豫(2019)宛城区不动产权第0012345号; full-width brackets are accepted and normalised. */
function certificateArg(field: string, raw: string): string {
  const value = raw.trim().replace(/（/g, '(').replace(/）/g, ')');
  const m = value.length <= 64 ? CERTIFICATE.exec(value) : null;
  if (!m) throw badUserInput(field, 'must look like 豫(2019)宛城区不动产权第0012345号: province, (year), place, 不动产权第, 7 digits, 号');
  if (m[1] < '1980' || m[1] > cityToday().slice(0, 4))
    throw badUserInput(field, `the year in brackets (${m[1]}) must be between 1980 and this year`);
  return value;
}

/** The ID number the bureaus' records hold for a person key; null when they hold nothing on the person. */
async function heldIdNumber(manager: EntityManager, key: string): Promise<string | null> {
  const [row] = await manager.query(
    `SELECT id_number FROM property_holding WHERE person_key = $1 UNION ALL SELECT id_number FROM housing_assistance WHERE person_key = $1 LIMIT 1`,
    [key],
  );
  return row?.id_number ?? null;
}

const certificateConflict = (certificateNumber: string, message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(`certificate ${certificateNumber}: ${message}`, {
    extensions: { code: 'CONFLICT', field: 'input.certificateNumber', certificateNumber, ...extra },
  });

export const Mutation: MutationResolvers = {
  recordPropertyHolding: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const regionCode = regionCodeArg('input.regionCode', input.regionCode)!;
    const areaSqm = decimalArg('input.areaSqm', input.areaSqm, 2, MAX_AREA_SQM);
    const address = textArg('input.address', input.address, 200);
    const certificateNumber = certificateArg('input.certificateNumber', input.certificateNumber);
    checkDate('input.registeredOn', input.registeredOn, '1980-01-01', 0);
    const share = decimalArg('input.share', input.share, 3, 1);
    const key = personKey(idNumber, personKeySecret);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'recordPropertyHolding', idempotencyKey, input }, async (tx) => {
      // Writers of one certificate take turns, so two co-owners recorded at once cannot both take the last share.
      await tx.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`property_holding:${certificateNumber}`]);
      const current = await tx.manager.getRepository(PropertyHolding).find({ where: { certificateNumber, endedOn: IsNull() } });
      const own = current.find((h) => h.personKey === key);
      if (own)
        throw certificateConflict(certificateNumber, `the person already holds it (holding ${own.id}); end that holding first`, {
          existingId: own.id,
        });
      const other = current[0];
      if (other && other.kind !== input.kind)
        throw badUserInput('input.kind', `certificate ${certificateNumber} is registered as ${other.kind}`);
      if (other && Number(other.areaSqm).toFixed(2) !== areaSqm)
        throw badUserInput('input.areaSqm', `certificate ${certificateNumber} is registered with ${Number(other.areaSqm).toFixed(2)} m²`);
      const held = current.reduce((sum, h) => sum + Math.round(Number(h.share) * 1000), 0);
      if (held + Math.round(Number(share) * 1000) > 1000) {
        throw certificateConflict(
          certificateNumber,
          `its current holders hold ${(held / 1000).toFixed(3)} of it; a share of ${share} would make more than 1`,
          { heldShare: (held / 1000).toFixed(3) },
        );
      }
      return addRow(tx, PropertyHolding, 'PropertyHolding', {
        idNumber,
        personKey: key,
        regionCode,
        kind: input.kind,
        areaSqm,
        address,
        certificateNumber,
        registeredOn: input.registeredOn,
        share,
        endedOn: null,
        endReason: null,
      });
    });
  },

  endPropertyHolding: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    checkDate('input.endedOn', input.endedOn, '1980-01-01', 0);
    const holding = { where: { id }, what: `property holding ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'endPropertyHolding', idempotencyKey, input }, (tx) =>
      changeRow(tx, PropertyHolding, 'PropertyHolding', holding, (current) => {
        access.persons.add(current.personKey);
        if (current.endedOn)
          throw badUserInput(
            'input.id',
            `the holding already ended on ${current.endedOn} (${current.endReason}); an ended holding does not change`,
          );
        if (input.endedOn < current.registeredOn)
          throw badUserInput('input.endedOn', `must not be before the registration on ${current.registeredOn}`);
        return { endedOn: input.endedOn, endReason: input.reason };
      }),
    );
  },

  applyForHousingAssistance: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const person = personRefArg(input, personKeySecret);
    const regionCode = regionCodeArg('input.regionCode', input.regionCode)!;
    checkDate('input.startDate', input.startDate, '1990-01-01', 1);
    const unitAddress = input.unitAddress != null ? textArg('input.unitAddress', input.unitAddress, 200) : null;
    checkAssistanceChange({
      from: 'APPLIED',
      to: 'APPLIED',
      kind: input.kind,
      startDate: input.startDate,
      amountFen: input.amount ?? null,
      unitAddress,
      endDate: null,
      reason: null,
    });
    access.persons.add(person.key);
    return runMutation(db, identity, { access, operation: 'applyForHousingAssistance', idempotencyKey, input }, async (tx) => {
      const idNumber = person.idNumber ?? (await heldIdNumber(tx.manager, person.key));
      if (!idNumber) throw badUserInput('input.idNumber', `is required: the housing bureaus hold no record of person ${person.key} yet`);
      const open = await tx.manager
        .getRepository(HousingAssistance)
        .findOne({ where: { personKey: person.key, kind: input.kind, status: In(OPEN_STATUSES) } });
      if (open) {
        throw conflictOn(
          'input.kind',
          `person ${person.key} already has an open ${input.kind} record (${open.id}, ${open.status}); change that one instead`,
          open.id,
        );
      }
      return addRow(tx, HousingAssistance, 'HousingAssistance', {
        idNumber,
        personKey: person.key,
        regionCode,
        kind: input.kind,
        status: 'APPLIED',
        amountFen: input.amount?.toString() ?? null,
        startDate: input.startDate,
        endDate: null,
        unitAddress,
        statusReason: null,
      });
    });
  },

  changeHousingAssistance: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    if (input.endDate) checkDate('input.endDate', input.endDate, '1990-01-01', 1);
    const reason = input.reason != null ? textArg('input.reason', input.reason, 500) : null;
    const unitAddress = input.unitAddress != null ? textArg('input.unitAddress', input.unitAddress, 200) : null;
    const record = { where: { id }, what: `housing assistance ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'changeHousingAssistance', idempotencyKey, input }, (tx) =>
      changeRow(tx, HousingAssistance, 'HousingAssistance', record, (current) => {
        access.persons.add(current.personKey);
        const from = current.status;
        if (isFinal(from)) throw badUserInput('input.id', `the record is ${from}; a final record does not change`);
        const next = {
          status: input.status ?? from,
          amountFen: input.amount != null ? input.amount.toString() : current.amountFen,
          unitAddress: unitAddress ?? current.unitAddress,
          endDate: input.endDate ?? current.endDate,
          statusReason: reason ?? current.statusReason,
        };
        checkAssistanceChange({
          from,
          to: next.status,
          kind: current.kind,
          startDate: current.startDate,
          amountFen: next.amountFen === null ? null : BigInt(next.amountFen),
          unitAddress: next.unitAddress,
          endDate: next.endDate,
          reason,
        });
        return next;
      }),
    );
  },
};
