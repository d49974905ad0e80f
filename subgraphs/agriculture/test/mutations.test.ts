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
const RECORD = `mutation($input: RecordLandContractInput!) { recordLandContract(input: $input) { ${CONTRACT} } }`;
const EXTEND = `mutation($input: ExtendLandContractInput!) { extendLandContract(input: $input) { ${CONTRACT} } }`;
const TERMINATE = `mutation($input: TerminateLandContractInput!) { terminateLandContract(input: $input) { ${CONTRACT} } }`;
const TRANSFER_LAND = `mutation($input: RecordLandTransferInput!) { recordLandTransfer(input: $input) { ${TRANSFER} } }`;
const END = `mutation($input: EndLandTransferInput!) { endLandTransfer(input: $input) { ${TRANSFER} } }`;

type Row = { id: string; version: number; person: { id: string }; [field: string]: unknown };

async function write(text: string, input: Record<string, unknown>, field: string): Promise<Row> {
  const res = await call(text, { input });
  expect(res.errors).toBeUndefined();
  return res.data![field];
}
const record = (overrides: Record<string, unknown> = {}) => write(RECORD, contractInput(overrides), 'recordLandContract');
const transfer = (contractId: string, overrides: Record<string, unknown> = {}) =>
  write(TRANSFER_LAND, transferInput(contractId, overrides), 'recordLandTransfer');

/** The refusal of `text` with `input`: BAD_USER_INPUT naming `field`, its message matching `message`. */
async function refused(text: string, input: Record<string, unknown>, field: string, message: RegExp) {
  const res = await call(text, { input });
  const error = expectErrorCode(res, 'BAD_USER_INPUT');
  expect({ field: error.extensions?.field, message: error.message }).toEqual({ field, message: expect.stringMatching(message) });
}

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
    await refused(RECORD, contractInput({ number: '41132810520304001J' }), 'input.number', /18 digits and J/);
    await refused(RECORD, contractInput({ number: '110105105203040001J' }), 'input.number', /110105, which is not a county code/);
  });

  test('an area of more than two decimals, none, or above 100 mu is refused naming input.areaMu', async () => {
    await refused(RECORD, contractInput({ areaMu: 2.345 }), 'input.areaMu', /at most two decimals/);
    await refused(RECORD, contractInput({ areaMu: 0 }), 'input.areaMu', /above 0 and at most 100 mu/);
    await refused(RECORD, contractInput({ areaMu: 100.01 }), 'input.areaMu', /above 0 and at most 100 mu/);
  });

  test('a term longer than 30 years, or one already past, is refused naming input.endDate', async () => {
    await refused(RECORD, contractInput({ endDate: addDays(addYears(CONTRACT_START, 30), 1) }), 'input.endDate', /at most 30 years/);
    await refused(RECORD, contractInput({ startDate: addYears(TODAY, -20), endDate: addDays(TODAY, -1) }), 'input.endDate', /has passed/);
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
    await write(TERMINATE, { id: first.id, version: 1, endedOn: TODAY, reason: '土地被征收' }, 'terminateLandContract');
    expect((await record({ idNumber })).status).toBe('ACTIVE');
  });
});

describe('extendLandContract and terminateLandContract', () => {
  test('extending a second-round contract adds 30 years to its term, today, once', async () => {
    const contract = await record();
    const extended = await write(EXTEND, { id: contract.id, version: 1 }, 'extendLandContract');
    expect(extended).toMatchObject({ endDate: addYears(CONTRACT_END, 30), extendedOn: TODAY, version: 2 });
    await refused(EXTEND, { id: contract.id, version: 2 }, 'input.id', /extended on .*; a contract is extended once/);
  });

  test('a contract more than five years from the end of its term is not extended yet', async () => {
    const startDate = addYears(TODAY, -10);
    const contract = await record({ startDate, endDate: addYears(startDate, 30) });
    await refused(EXTEND, { id: contract.id, version: 1 }, 'input.id', /within the last 5 years of their term/);
  });

  test('a contract whose land is in an ACTIVE transfer is not terminated: the refusal names the transfer', async () => {
    const contract = await record();
    const t = await transfer(contract.id);
    await refused(
      TERMINATE,
      { id: contract.id, version: 1, endedOn: TODAY, reason: '自愿交回' },
      'input.id',
      new RegExp(`ACTIVE transfers \\(${t.id}\\)`),
    );
    await write(END, { id: t.id, version: 1, status: 'ENDED', endedOn: TODAY }, 'endLandTransfer');
    const terminated = await write(TERMINATE, { id: contract.id, version: 1, endedOn: TODAY, reason: '自愿交回' }, 'terminateLandContract');
    expect(terminated).toMatchObject({ status: 'TERMINATED', endedOn: TODAY, statusReason: '自愿交回', version: 2 });
  });

  test('a terminated contract is final: it is not terminated again, extended or transferred', async () => {
    const contract = await record();
    await write(TERMINATE, { id: contract.id, version: 1, endedOn: TODAY, reason: '土地被征收' }, 'terminateLandContract');
    await refused(
      TERMINATE,
      { id: contract.id, version: 2, endedOn: TODAY, reason: '再次' },
      'input.id',
      /already TERMINATED; termination is final/,
    );
    await refused(EXTEND, { id: contract.id, version: 2 }, 'input.id', /only an ACTIVE contract is extended/);
    await refused(TRANSFER_LAND, transferInput(contract.id), 'input.contractId', /only an ACTIVE contract's land is transferred/);
  });

  test('a termination in the future or before the contract began is refused naming input.endedOn', async () => {
    const contract = await record();
    await refused(TERMINATE, { id: contract.id, version: 1, endedOn: addDays(TODAY, 1), reason: '征收' }, 'input.endedOn', /in the future/);
    await refused(
      TERMINATE,
      { id: contract.id, version: 1, endedOn: '1990-01-01', reason: '征收' },
      'input.endedOn',
      /before the contract's start/,
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
    await refused(
      TRANSFER_LAND,
      transferInput(contract.id, { areaMu: 1.81 }),
      'input.areaMu',
      /at most 1\.80 mu: the contract's 4\.80 mu less 3\.00 mu/,
    );
    await transfer(contract.id, { areaMu: 1.8 });
    const res = await kit.entities([contract.person.id], 'land { transfers { areaMu } }', 'agriculture');
    expect(res.data!._entities[0].land.transfers.map((t: { areaMu: number }) => t.areaMu).sort()).toEqual([1.8, 3]);
  });

  test('an ended transfer frees its land for another', async () => {
    const contract = await record({ areaMu: 2 });
    const whole = await transfer(contract.id, { areaMu: 2 });
    await refused(TRANSFER_LAND, transferInput(contract.id, { areaMu: 0.01 }), 'input.areaMu', /at most 0\.00 mu/);
    await write(END, { id: whole.id, version: 1, status: 'TERMINATED', endedOn: TODAY, reason: '承租方拖欠租金' }, 'endLandTransfer');
    expect((await transfer(contract.id, { areaMu: 2 })).status).toBe('ACTIVE');
  });

  test('a transfer never outlasts its contract, nor starts before it: refused naming input.endDate and input.startDate', async () => {
    const contract = await record();
    await refused(
      TRANSFER_LAND,
      transferInput(contract.id, { endDate: addDays(CONTRACT_END, 1) }),
      'input.endDate',
      /never outlasts the contract/,
    );
    await refused(TRANSFER_LAND, transferInput(contract.id, { startDate: '1997-12-31' }), 'input.startDate', /before the contract's start/);
    await refused(TRANSFER_LAND, transferInput(contract.id, { endDate: TODAY }), 'input.endDate', /must be after the start/);
  });

  test('a rent above 5,000.00 a mu a year is refused naming input.annualRent; no rent at all is a transfer too', async () => {
    const contract = await record();
    await refused(
      TRANSFER_LAND,
      transferInput(contract.id, { areaMu: 1.5, annualRent: '7500.01' }),
      'input.annualRent',
      /at most 5000\.00 a mu a year: 7500\.00/,
    );
    expect((await transfer(contract.id, { areaMu: 1.5, annualRent: '0.00' })).annualRent).toBe('0.00');
  });

  test('a transfer of a contract the commission does not hold is NOT_FOUND', async () => {
    const res = await call(TRANSFER_LAND, { input: transferInput('00000000-0000-4000-a000-000000000000') });
    expect(expectErrorCode(res, 'NOT_FOUND').message).toBe('land contract 00000000-0000-4000-a000-000000000000 was not found');
  });

  test('ending: TERMINATED needs a reason, ENDED does not; an ended transfer is final; the day lies within its term and not ahead', async () => {
    const contract = await record({ areaMu: 4 });
    const t = await transfer(contract.id, { areaMu: 1 });
    await refused(END, { id: t.id, version: 1, status: 'TERMINATED', endedOn: TODAY }, 'input.reason', /required to terminate/);
    await refused(END, { id: t.id, version: 1, status: 'ENDED', endedOn: addDays(TODAY, 1) }, 'input.endedOn', /in the future/);
    await refused(END, { id: t.id, version: 1, status: 'ACTIVE', endedOn: TODAY }, 'input.status', /must be ENDED or TERMINATED/);
    const ended = await write(END, { id: t.id, version: 1, status: 'ENDED', endedOn: TODAY }, 'endLandTransfer');
    expect(ended).toMatchObject({ status: 'ENDED', endedOn: TODAY, statusReason: null, version: 2 });
    await refused(
      END,
      { id: t.id, version: 2, status: 'TERMINATED', endedOn: TODAY, reason: '再次' },
      'input.id',
      /already ENDED; ending it is final/,
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
