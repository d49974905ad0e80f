// Civil affairs' share of the demo city: every person, every household, the caseload and standards, and the
// register of which agencies hold records on whom.
import { DataSource } from 'typeorm';
import { insertMany } from '../../../shared/src/db';
import { DemoCity } from '../../../shared/src/demo/city';
import { AssistanceCase, AssistanceStandard, Household, Person, PersonRecordHolder } from './entities';
import { HOUSEHOLDS_WITHOUT_THEIR_HEAD } from './migrations/1764800000200-HouseholdHasOneHead';

/**
 * Households and their members are loaded in separate statements (COPY in a bulk load), so a household is
 * briefly without its head: the head rule's triggers are off for the load (the seed runs as the schema's
 * owner, on an empty database), and every household is checked once after it instead.
 */
async function withHeadsCheckedAfter(db: DataSource, load: () => Promise<void>): Promise<void> {
  const triggers = ['household DISABLE TRIGGER household_has_its_head', 'person DISABLE TRIGGER person_keeps_household_head'];
  for (const t of triggers) await db.query(`ALTER TABLE ${t}`);
  try {
    await load();
  } finally {
    for (const t of triggers) await db.query(`ALTER TABLE ${t.replace('DISABLE', 'ENABLE')}`);
  }
  const [headless] = await db.query(`${HOUSEHOLDS_WITHOUT_THEIR_HEAD} LIMIT 1`);
  if (headless) throw new Error(`the demo city's household ${headless.id} has no head among its members`);
}

export async function seed(db: DataSource, city: DemoCity): Promise<void> {
  await withHeadsCheckedAfter(db, async () => {
    await insertMany(
      db,
      Household,
      city.households.map((h) => ({
        id: h.id,
        regionCode: h.regionCode,
        address: h.address,
        headKey: h.headKey,
        registeredOn: h.registeredOn,
      })),
    );
    await insertMany(
      db,
      Person,
      city.persons.map((p) => ({
        key: p.key,
        idNumber: p.idNumber,
        name: p.name,
        gender: p.gender,
        birthDate: p.birthDate,
        regionCode: p.regionCode,
        householdId: p.householdId,
        relationToHead: p.relation,
      })),
    );
  });
  await insertMany(
    db,
    AssistanceCase,
    city.households.flatMap((h) =>
      h.cases.map((c) => ({
        id: c.id,
        householdId: h.id,
        regionCode: h.regionCode,
        program: c.program,
        status: c.status,
        monthlyAmountFen: c.monthlyAmountFen?.toString() ?? null,
        oneOffAmountFen: c.oneOffAmountFen?.toString() ?? null,
        startDate: c.startDate,
        endDate: c.endDate,
      })),
    ),
  );
  await insertMany(
    db,
    AssistanceStandard,
    city.standards.map((s) => ({
      regionCode: s.regionCode,
      program: s.program,
      effectiveFrom: s.effectiveFrom,
      monthlyAmountFen: String(s.monthlyAmountFen),
    })),
  );
  // The city says once who holds what on whom (shared/src/demo/records.ts); each agency's seed writes its own share of it.
  const since = new Date(`${city.today}T00:00:00+08:00`);
  await insertMany(
    db,
    PersonRecordHolder,
    city.persons.flatMap((p) => p.recordHolders.map((agency) => ({ personKey: p.key, agency, since }))),
  );
}
