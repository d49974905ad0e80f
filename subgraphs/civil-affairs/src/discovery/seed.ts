// The demo city's alerts from before any run: the townships' home visits (走访) found one in four persons with a grade 1
// or 2 disability (in person-key order) whose family said no care subsidy is paid, and opened an alert under that rule
// by hand for the disabled persons' federation to check. Runs neither close nor repeat them.
import type { DataSource } from 'typeorm';
import type { DemoCity } from '../../../../shared/src/demo/city';
import { SEEDED_RULES, SEVERE_DISABILITY_WITHOUT_CARE } from './rules';
import { visitEvidence } from './run';

const NOTE = '入户走访: 家属反映未领取重度残疾人护理补贴';

export async function seedDiscovery(db: DataSource, city: DemoCity): Promise<void> {
  const rule = SEEDED_RULES.find((r) => r.id === SEVERE_DISABILITY_WITHOUT_CARE)!;
  const visited = city.persons
    .filter((p) => p.disability && p.disability.grade <= 2)
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .filter((_, i) => i % 4 === 0)
    .map((p) => ({ person_key: p.key, household_id: p.householdId, region_code: p.regionCode }));
  const openedAt = `${city.today}T09:00:00+08:00`;
  const evidence = visitEvidence(new Date(openedAt), 'a home visit');
  await db.query(
    `INSERT INTO discovery_alert (id, rule_id, rule_version, person_key, household_id, region_code, responsible_unit, need, status,
                                  evidence, opened_at, last_matched_at, note)
     SELECT md5('discovery-alert:' || v.person_key)::uuid, $2, 1, v.person_key, v.household_id, v.region_code, $3, $4, 'OPEN',
            $5, $6, $6, $7
       FROM jsonb_to_recordset($1::jsonb) AS v(person_key text, household_id uuid, region_code text)`,
    [JSON.stringify(visited), rule.id, rule.responsibleUnit, rule.need, JSON.stringify(evidence), openedAt, NOTE],
  );
}
