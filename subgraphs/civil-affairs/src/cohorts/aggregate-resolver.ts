// Query.cohortAggregate: a cohort counted by county, programme, age band and gender, published with its margins, suppressed but for admins.
import { disclosureFor, MAX_DIMENSIONS, publishTable } from '../../../../shared/src/disclosure/suppression';
import { badUserInput } from '../../../../shared/src/errors';
import type { CohortDimension, CohortProgramme, Gender, QueryResolvers } from '../generated/graphql';
import { regionOf } from '../resolvers/Region';
import { tallyCohort } from './aggregate';
import { cohortStream } from './evaluate';
import { asJson } from './resolver';

/** What the table reads of each person for a dimension, as the access log names fields. */
const FIELDS_READ: Record<CohortDimension, string> = {
  COUNTY: 'Person.region',
  PROGRAMME: 'AssistanceCase.program',
  AGE_BAND: 'Person.ageBand',
  GENDER: 'Person.gender',
};

/** At most four dimensions, each once: BAD_USER_INPUT naming groupBy otherwise. */
function checkedGroupBy(groupBy: readonly CohortDimension[]): CohortDimension[] {
  if (groupBy.length > MAX_DIMENSIONS)
    throw badUserInput('groupBy', `groups by at most ${MAX_DIMENSIONS} dimensions, got ${groupBy.length}: ${groupBy.join(', ')}`);
  const repeated = groupBy.find((d, i) => groupBy.indexOf(d) !== i);
  if (repeated) throw badUserInput('groupBy', `names ${repeated} twice: group by each dimension once`);
  return [...groupBy];
}

export const cohortAggregateQuery: Pick<QueryResolvers, 'cohortAggregate'> = {
  cohortAggregate: async (_, args, { db, identity, onBehalf, access, suppressionThreshold }, info) => {
    const groupBy = checkedGroupBy(args.groupBy);
    const keys = args.condition == null ? 'everyone' : cohortStream(asJson(args.condition, info), { db, identity, graph: onBehalf });
    const { table, persons } = await tallyCohort(db, keys, groupBy);
    // Every person of the cohort is read and none is published: the log keeps the question and how many it counted.
    // A million keys would make one row of megabytes; each other agency's own row names the persons it answered.
    access.filters.cohortAggregate = { ...(access.filters.cohortAggregate as object), personsCounted: persons };
    for (const dimension of groupBy) access.fields.add(FIELDS_READ[dimension]);
    access.fields.add('AssistanceCase.monthlyAmount');
    const disclosure = disclosureFor(identity.role, suppressionThreshold);
    return publishTable(table, disclosure).cells.map((cell) => ({
      by: {
        county: cell.by.county == null ? null : regionOf(cell.by.county),
        programme: (cell.by.programme ?? null) as CohortProgramme | null,
        ageBand: cell.by.ageBand ?? null,
        gender: (cell.by.gender ?? null) as Gender | null,
      },
      count: cell.count,
      monthlyAmount: cell.sums.monthlyAmount,
      suppressed: cell.suppressed,
      disclosure: disclosure === 'exact' ? 'EXACT' : 'SUPPRESSED',
      threshold: suppressionThreshold,
    }));
  },
};
