// The agriculture commission's writes: land contracts (record, extend, terminate) and transfers (record, end), through runMutation.
import { EntityManager } from 'typeorm';
import { cityToday } from '../../../../shared/src/dates';
import { personKey } from '../../../../shared/src/person-key';
import { idNumberArg, intRangeArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation } from '../../../../shared/src/writes/mutation';
import { addRow, changeRow, conflictOn, forUpdate, textArg } from '../../../../shared/src/writes/rows';
import { decimalOf, hundredthsOf, muArg } from '../area';
import { LandContract, LandTransfer } from '../entities';
import type { MutationResolvers } from '../generated/graphql';
import {
  checkContractTerm,
  checkContractTermination,
  checkTransfer,
  checkTransferEnd,
  contractNumberArg,
  extendedEnd,
  MAX_CONTRACT_MU,
  MAX_MEMBERS,
} from '../rules';

const contractOf = (id: string) => `land contract ${id}`;

/** The contract's ACTIVE transfers, read while the contract is locked: a transfer recorded meanwhile waits for the lock. */
const activeTransfersOf = (manager: EntityManager, contractId: string) =>
  manager.getRepository(LandTransfer).find({ where: { contractId, status: 'ACTIVE' }, order: { id: 'ASC' } });

export const Mutation: MutationResolvers = {
  recordLandContract: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const { number, regionCode } = contractNumberArg('input.number', input.number);
    const villageName = textArg('input.villageName', input.villageName, 50);
    const memberCount = intRangeArg('input.memberCount', input.memberCount, 1, MAX_MEMBERS)!;
    const area = muArg('input.areaMu', input.areaMu, { max: MAX_CONTRACT_MU });
    checkContractTerm(input.startDate, input.endDate);
    const key = personKey(idNumber, personKeySecret);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'recordLandContract', idempotencyKey, input }, async (tx) => {
      const contracts = tx.manager.getRepository(LandContract);
      const held = await contracts.findOne({ where: { personKey: key, status: 'ACTIVE' } });
      if (held)
        throw conflictOn('input.idNumber', `the person already heads the ACTIVE contract ${held.number}; terminate it first`, held.id);
      const numbered = await contracts.findOne({ where: { number } });
      if (numbered) throw conflictOn('input.number', `contract ${number} is already on record`, numbered.id);
      return addRow(tx, LandContract, 'LandContract', {
        personKey: key,
        idNumber,
        number,
        regionCode,
        villageName,
        memberCount,
        areaMu: decimalOf(area),
        startDate: input.startDate,
        endDate: input.endDate,
        extendedOn: null,
        status: 'ACTIVE',
        endedOn: null,
        statusReason: null,
      });
    });
  },

  extendLandContract: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const contract = { where: { id }, what: contractOf(id), version: input.version };
    return runMutation(db, identity, { access, operation: 'extendLandContract', idempotencyKey, input }, (tx) =>
      changeRow(tx, LandContract, 'LandContract', contract, (current) => {
        access.persons.add(current.personKey);
        return { endDate: extendedEnd(current), extendedOn: cityToday() };
      }),
    );
  },

  terminateLandContract: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const reason = textArg('input.reason', input.reason, 500);
    const contract = { where: { id }, what: contractOf(id), version: input.version };
    return runMutation(db, identity, { access, operation: 'terminateLandContract', idempotencyKey, input }, (tx) =>
      changeRow(tx, LandContract, 'LandContract', contract, async (current) => {
        access.persons.add(current.personKey);
        const active = await activeTransfersOf(tx.manager, id);
        checkContractTermination(
          current,
          input.endedOn,
          active.map((t) => t.id),
        );
        return { status: 'TERMINATED', endedOn: input.endedOn, statusReason: reason };
      }),
    );
  },

  recordLandTransfer: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const contractId = uuidArg('input.contractId', input.contractId);
    const transfereeName = textArg('input.transfereeName', input.transfereeName, 100);
    const area = muArg('input.areaMu', input.areaMu, { max: MAX_CONTRACT_MU });
    return runMutation(db, identity, { access, operation: 'recordLandTransfer', idempotencyKey, input }, async (tx) => {
      // Locked, so that two transfers of one contract take turns with the area rule.
      const contract = await forUpdate(tx.manager, LandContract, { id: contractId }, contractOf(contractId));
      access.persons.add(contract.personKey);
      const others = await activeTransfersOf(tx.manager, contractId);
      checkTransfer(contract, {
        areaHundredths: area,
        otherHundredths: others.reduce((sum, t) => sum + hundredthsOf(t.areaMu), 0),
        annualRentFen: input.annualRent,
        startDate: input.startDate,
        endDate: input.endDate,
      });
      return addRow(tx, LandTransfer, 'LandTransfer', {
        contractId,
        personKey: contract.personKey,
        transfereeKind: input.transfereeKind,
        transfereeName,
        areaMu: decimalOf(area),
        annualRentFen: input.annualRent.toString(),
        startDate: input.startDate,
        endDate: input.endDate,
        status: 'ACTIVE',
        endedOn: null,
        specialGroup: input.specialGroup ?? null,
        statusReason: null,
      });
    });
  },

  endLandTransfer: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const reason = input.reason != null ? textArg('input.reason', input.reason, 500) : null;
    const transfer = { where: { id }, what: `land transfer ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'endLandTransfer', idempotencyKey, input }, (tx) =>
      changeRow(tx, LandTransfer, 'LandTransfer', transfer, (current) => {
        access.persons.add(current.personKey);
        checkTransferEnd({
          from: current.status,
          to: input.status,
          startDate: current.startDate,
          endDate: current.endDate,
          endedOn: input.endedOn,
          reason,
        });
        return { status: input.status, endedOn: input.endedOn, statusReason: reason };
      }),
    );
  },
};
