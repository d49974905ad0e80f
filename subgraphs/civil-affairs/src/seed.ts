// Civil affairs' share of the demo city: every person, every household, the caseload and standards.
import { DataSource } from 'typeorm';
import { insertMany } from '../../../shared/src/db';
import { DemoCity } from '../../../shared/src/demo/city';
import { AssistanceCase, AssistanceStandard, Household, Person } from './entities';

export async function seed(db: DataSource, city: DemoCity): Promise<void> {
  await insertMany(db, Household, city.households.map((h) => ({
    id: h.id, regionCode: h.regionCode, address: h.address, headKey: h.headKey, registeredOn: h.registeredOn,
  })));
  await insertMany(db, Person, city.persons.map((p) => ({
    key: p.key, idNumber: p.idNumber, name: p.name, gender: p.gender, birthDate: p.birthDate,
    regionCode: p.regionCode, householdId: p.householdId, relationToHead: p.relation,
  })));
  await insertMany(db, AssistanceCase, city.households.flatMap((h) => h.cases.map((c) => ({
    id: c.id, householdId: h.id, regionCode: h.regionCode, program: c.program, status: c.status,
    monthlyAmountFen: c.monthlyAmountFen?.toString() ?? null, oneOffAmountFen: c.oneOffAmountFen?.toString() ?? null,
    startDate: c.startDate, endDate: c.endDate,
  }))));
  await insertMany(db, AssistanceStandard, city.standards.map((s) => ({
    regionCode: s.regionCode, program: s.program, effectiveFrom: s.effectiveFrom, monthlyAmountFen: String(s.monthlyAmountFen),
  })));
}
