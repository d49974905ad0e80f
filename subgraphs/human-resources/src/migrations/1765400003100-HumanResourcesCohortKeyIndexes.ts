// An index that gives insured persons in key order with the columns insuredPersons filters on, for its cohort keys.
import { IndexMigration } from '../../../../shared/src/migrations/indexes';

export class HumanResourcesCohortKeyIndexes1765400003100 extends IndexMigration {
  name = 'HumanResourcesCohortKeyIndexes1765400003100';

  indexes = [
    // insuredPersonsCohortKeys groups enrolments by person in key order: social_insurance_enrollment_filter has the
    // county before the key, so a scheme's page sorted every enrolment of it (at a million people 2,165 → 45 ms).
    {
      name: 'social_insurance_enrollment_person_filters',
      table: 'social_insurance_enrollment',
      columns: ['person_key'],
      include: ['scheme', 'status', 'region_code'],
    },
  ];
}
