// The commission's writes: what each accepts and refuses, a contract's extension and termination, the area rule of transfers.
// Idempotency, stale versions, atomicity, history, write scope and each write's access-log row: contract.test.ts.
import { addYears } from '../../../shared/src/dates';
import { personKey } from '../../../shared/src/person-key';
import { addDays } from '../../../shared/src/testing/dates';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';
import { CONTRACT_END, CONTRACT_START, contractInput, newContractNumber, newIdNumber, TODAY, transferInput } from './inputs';

const kit = agencyTestKit('agriculture', { people: 300 });
const { post: call } = kit;

const CONTRACT =
  'id person { id } number region { code } villageName memberCount areaMu startDate endDate extendedOn status endedOn statusReason version';
const TRANSFER =
  'id person { id } contract { id } transfereeKind areaMu annualRent startDate endDate status endedOn specialGroup statusReason version';
const RECORD = kit.mutation('recordLandContract', CONTRACT);
const EXTEND = kit.mutation('extendLandContract', CONTRACT);
const TERMINATE = kit.mutation('terminateLandContract', CONTRACT);
const TRANSFER_LAND = kit.mutation('recordLandTransfer', TRANSFER);
const END = kit.mutation('endLandTransfer', TRANSFER);

const record = (overrides: Record<string, unknown> = {}) => kit.write(RECORD, contractInput(overrides));
const transfer = (contractId: string, overrides: Record<string, unknown> = {}) =>
  kit.write(TRANSFER_LAND, transferInput(contractId, overrides));

describe('recordLandContract', () => {
  test('records the contract against the head, its county from the number and its area to two decimals', async () => {
    const input = contractInput({ areaMu: 3.05, number: newContractNumber('411381') });
    const res = await call(RECORD, { input });
    expect(res.errors).toBeUndefined();
    const key = personKey(input.idNumber, kit.personKeySecret);
    expect(res.data!.recordLandContract).toMatchObject({
      person: { id: key },
      number: input.number,
      region: { code: '411381' },
      areaMu: 3.05,
      startDate: CONTRACT_START,
      endDate: CONTRACT_END,
      extendedOn: null,
      status: 'ACTIVE',
      version: 1,
    });
    const [row] = await kit.db.query('SELECT person_key, id_number, area_mu::text AS area FROM land_contract WHERE number = $1', [
      input.number,
    ]);
    expect(row).toEqual({ person_key: key, id_number: input.idNumber, area: '3.05' });
  });

  test('a number that is not 18 digits and J, or begins with no county of the city, is refused naming input.number', async () => {
    await kit.refused(RECORD, contractInput({ number: '41132810520304001J' }), { field: 'input.number', message: /18 digits and J/ });
    await kit.refused(RECORD, contractInput({ number: '110105105203040001J' }), {
      field: 'input.number',
      message: /110105, which is not a county code/,
    });
  });

  test('an area of more than two decimals, none, or above 100 mu is refused naming input.areaMu', async () => {
    await kit.refused(RECORD, contractInput({ areaMu: 2.345 }), { field: 'input.areaMu', message: /at most two decimals/ });
    await kit.refused(RECORD, contractInput({ areaMu: 0 }), { field: 'input.areaMu', message: /above 0 and at most 100 mu/ });
    await kit.refused(RECORD, contractInput({ areaMu: 100.01 }), { field: 'input.areaMu', message: /above 0 and at most 100 mu/ });
  });

  test('a term longer than 30 years, or one already past, is refused naming input.endDate', async () => {
    await kit.refused(RECORD, contractInput({ endDate: addDays(addYears(CONTRACT_START, 30), 1) }), {
      field: 'input.endDate',
      message: /at most 30 years/,
    });
    await kit.refused(RECORD, contractInput({ startDate: addYears(TODAY, -20), endDate: addDays(TODAY, -1) }), {
      field: 'input.endDate',
      message: /has passed/,
    });
  });

  test('a second ACTIVE contract of one head, or a number on record, is a CONFLICT naming the contract there', async () => {
    const idNumber = newIdNumber();
    const first = await record({ idNumber });
    const again = await call(RECORD, { input: contractInput({ idNumber }) });
    expect(expectErrorCode(again, 'CONFLICT').extensions).toMatchObject({ field: 'input.idNumber', existingId: first.id });
    const numbered = await call(RECORD, { input: contractInput({ number: first.number }) });
    expect(expectErrorCode(numbered, 'CONFLICT').extensions).toMatchObject({ field: 'input.number', existingId: first.id });
  });

  test('a head whose contract was terminated may record a new one', async () => {
    const idNumber = newIdNumber();
    const first = await record({ idNumber });
    await kit.write(TERMINATE, { id: first.id, version: 1, endedOn: TODAY, reason: '土地被征收' });
    expect((await record({ idNumber })).status).toBe('ACTIVE');
  });
});

describe('extendLandContract and terminateLandContract', () => {
  test('extending a second-round contract adds 30 years to its term, today, once', async () => {
    const contract = await record();
    const extended = await kit.write(EXTEND, { id: contract.id, version: 1 });
    expect(extended).toMatchObject({ endDate: addYears(CONTRACT_END, 30), extendedOn: TODAY, version: 2 });
    await kit.refused(
      EXTEND,
      { id: contract.id, version: 2 },
      { field: 'input.id', message: /extended on .*; a contract is extended once/ },
    );
  });

  test('a contract more than five years from the end of its term is not extended yet', async () => {
    const startDate = addYears(TODAY, -10);
    const contract = await record({ startDate, endDate: addYears(startDate, 30) });
    await kit.refused(EXTEND, { id: contract.id, version: 1 }, { field: 'input.id', message: /within the last 5 years of their term/ });
  });

  test('a contract whose land is in an ACTIVE transfer is not terminated: the refusal names the transfer', async () => {
    const contract = await record();
    const t = await transfer(contract.id);
    await kit.refused(
      TERMINATE,
      { id: contract.id, version: 1, endedOn: TODAY, reason: '自愿交回' },
      { field: 'input.id', message: new RegExp(`ACTIVE transfers \\(${t.id}\\)`) },
    );
    await kit.write(END, { id: t.id, version: 1, status: 'ENDED', endedOn: TODAY });
    const terminated = await kit.write(TERMINATE, { id: contract.id, version: 1, endedOn: TODAY, reason: '自愿交回' });
    expect(terminated).toMatchObject({ status: 'TERMINATED', endedOn: TODAY, statusReason: '自愿交回', version: 2 });
  });

  test('a terminated contract is final: it is not terminated again, extended or transferred', async () => {
    const contract = await record();
    await kit.write(TERMINATE, { id: contract.id, version: 1, endedOn: TODAY, reason: '土地被征收' });
    await kit.refused(
      TERMINATE,
      { id: contract.id, version: 2, endedOn: TODAY, reason: '再次' },
      { field: 'input.id', message: /already TERMINATED; termination is final/ },
    );
    await kit.refused(EXTEND, { id: contract.id, version: 2 }, { field: 'input.id', message: /only an ACTIVE contract is extended/ });
    await kit.refused(TRANSFER_LAND, transferInput(contract.id), {
      field: 'input.contractId',
      message: /only an ACTIVE contract's land is transferred/,
    });
  });

  test('a termination in the future or before the contract began is refused naming input.endedOn', async () => {
    const contract = await record();
    await kit.refused(
      TERMINATE,
      { id: contract.id, version: 1, endedOn: addDays(TODAY, 1), reason: '征收' },
      { field: 'input.endedOn', message: /in the future/ },
    );
    await kit.refused(
      TERMINATE,
      { id: contract.id, version: 1, endedOn: '1990-01-01', reason: '征收' },
      { field: 'input.endedOn', message: /before the contract's start/ },
    );
  });
});

describe('recordLandTransfer and endLandTransfer', () => {
  test("a transfer is kept against the contract's head and counts its rent in the head's land income", async () => {
    const contract = await record();
    const t = await transfer(contract.id, { areaMu: 4.8, annualRent: '3840.00', specialGroup: null });
    expect(t).toMatchObject({
      person: { id: contract.person.id },
      contract: { id: contract.id },
      areaMu: 4.8,
      annualRent: '3840.00',
      status: 'ACTIVE',
      specialGroup: null,
    });
    const res = await kit.entities([contract.person.id], 'land { annualRent }', 'agriculture');
    expect(res.data!._entities[0].land.annualRent).toBe('3840.00');
  });

  test("the area transferred is at most the contract's less its other ACTIVE transfers: the refusal says how much is free", async () => {
    const contract = await record({ areaMu: 4.8 });
    await transfer(contract.id, { areaMu: 3 });
    await kit.refused(TRANSFER_LAND, transferInput(contract.id, { areaMu: 1.81 }), {
      field: 'input.areaMu',
      message: /at most 1\.80 mu: the contract's 4\.80 mu less 3\.00 mu/,
    });
    await transfer(contract.id, { areaMu: 1.8 });
    const res = await kit.entities([contract.person.id], 'land { transfers { areaMu } }', 'agriculture');
    expect(res.data!._entities[0].land.transfers.map((t: { areaMu: number }) => t.areaMu).sort()).toEqual([1.8, 3]);
  });

  test('an ended transfer frees its land for another', async () => {
    const contract = await record({ areaMu: 2 });
    const whole = await transfer(contract.id, { areaMu: 2 });
    await kit.refused(TRANSFER_LAND, transferInput(contract.id, { areaMu: 0.01 }), { field: 'input.areaMu', message: /at most 0\.00 mu/ });
    await kit.write(END, { id: whole.id, version: 1, status: 'TERMINATED', endedOn: TODAY, reason: '承租方拖欠租金' });
    expect((await transfer(contract.id, { areaMu: 2 })).status).toBe('ACTIVE');
  });

  test('a transfer never outlasts its contract, nor starts before it: refused naming input.endDate and input.startDate', async () => {
    const contract = await record();
    await kit.refused(TRANSFER_LAND, transferInput(contract.id, { endDate: addDays(CONTRACT_END, 1) }), {
      field: 'input.endDate',
      message: /never outlasts the contract/,
    });
    await kit.refused(TRANSFER_LAND, transferInput(contract.id, { startDate: '1997-12-31' }), {
      field: 'input.startDate',
      message: /before the contract's start/,
    });
    await kit.refused(TRANSFER_LAND, transferInput(contract.id, { endDate: TODAY }), {
      field: 'input.endDate',
      message: /must be after the start/,
    });
  });

  test('a rent above 5,000.00 a mu a year is refused naming input.annualRent; no rent at all is a transfer too', async () => {
    const contract = await record();
    await kit.refused(TRANSFER_LAND, transferInput(contract.id, { areaMu: 1.5, annualRent: '7500.01' }), {
      field: 'input.annualRent',
      message: /at most 5000\.00 a mu a year: 7500\.00/,
    });
    expect((await transfer(contract.id, { areaMu: 1.5, annualRent: '0.00' })).annualRent).toBe('0.00');
  });

  test('a transfer of a contract the commission does not hold is NOT_FOUND', async () => {
    const res = await call(TRANSFER_LAND, { input: transferInput('00000000-0000-4000-a000-000000000000') });
    expect(expectErrorCode(res, 'NOT_FOUND').message).toBe('land contract 00000000-0000-4000-a000-000000000000 was not found');
  });

  test('ending: TERMINATED needs a reason, ENDED does not; an ended transfer is final; the day lies within its term and not ahead', async () => {
    const contract = await record({ areaMu: 4 });
    const t = await transfer(contract.id, { areaMu: 1 });
    await kit.refused(
      END,
      { id: t.id, version: 1, status: 'TERMINATED', endedOn: TODAY },
      { field: 'input.reason', message: /required to terminate/ },
    );
    await kit.refused(
      END,
      { id: t.id, version: 1, status: 'ENDED', endedOn: addDays(TODAY, 1) },
      { field: 'input.endedOn', message: /in the future/ },
    );
    await kit.refused(
      END,
      { id: t.id, version: 1, status: 'ACTIVE', endedOn: TODAY },
      { field: 'input.status', message: /must be ENDED or TERMINATED/ },
    );
    const ended = await kit.write(END, { id: t.id, version: 1, status: 'ENDED', endedOn: TODAY });
    expect(ended).toMatchObject({ status: 'ENDED', endedOn: TODAY, statusReason: null, version: 2 });
    await kit.refused(
      END,
      { id: t.id, version: 2, status: 'TERMINATED', endedOn: TODAY, reason: '再次' },
      { field: 'input.id', message: /already ENDED; ending it is final/ },
    );
  });

  test("a refused transfer is on the access record of the contract's head", async () => {
    const contract = await record({ areaMu: 1 });
    const res = await call(TRANSFER_LAND, { input: transferInput(contract.id, { areaMu: 2 }) });
    expectErrorCode(res, 'BAD_USER_INPUT');
    const [row] = await kit.accessLog(res);
    expect(row.person_keys).toEqual([contract.person.id]);
  });
});

describe('the database holds the rules too', () => {
  test('a transfer written past the mutations beyond its contract is refused at commit by land_transfer_within_contract', async () => {
    const contract = await record({ areaMu: 1 });
    const insert = (area: string) =>
      kit.db.query(
        `INSERT INTO land_transfer (contract_id, person_key, transferee_kind, transferee_name, area_mu, annual_rent_fen, start_date, end_date)
         VALUES ($1, $2, 'FARMER', '张伟', $3, 0, $4, $5)`,
        [contract.id, contract.person.id, area, TODAY, CONTRACT_END],
      );
    await expect(insert('1.01')).rejects.toThrow(/land_transfer_within_contract|exceed its area/);
    await expect(insert('1.00')).resolves.toBeDefined();
  });

  test("a transfer's person is its contract's head", async () => {
    const [a, b] = [await record(), await record()];
    await expect(
      kit.db.query(
        `INSERT INTO land_transfer (contract_id, person_key, transferee_kind, transferee_name, area_mu, annual_rent_fen, start_date, end_date)
         VALUES ($1, $2, 'FARMER', '张伟', 1, 0, $3, $4)`,
        [a.id, b.person.id, TODAY, CONTRACT_END],
      ),
    ).rejects.toThrow(/foreign key/);
  });
});
