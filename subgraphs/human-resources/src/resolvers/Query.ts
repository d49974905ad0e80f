// Human-resources entry points for analysts: job seekers and insured persons, keyset-paginated by person key.
import { afterKey, countRows, PageArgs, pageWindow, toConnection } from '../../../../shared/src/pagination';
import { regionCodeArg } from '../../../../shared/src/validate';
import { Context } from '../context';
import { EmploymentRecord, EmploymentService, SocialInsuranceEnrollment } from '../entities';

interface JobSeekerFilter {
  status?: string | null;
  registeredUnemployed?: boolean | null;
  withoutService?: boolean | null;
  regionCode?: string | null;
}

interface InsuredPersonFilter {
  scheme?: string | null;
  status?: string | null;
  regionCode?: string | null;
}

export const Query = {
  jobSeekers: async (_: unknown, args: PageArgs & { filter?: JobSeekerFilter | null }, { db, loaders }: Context) => {
    const window = pageWindow(args);
    const { status, registeredUnemployed, withoutService } = args.filter ?? {};
    const region = regionCodeArg('filter.regionCode', args.filter?.regionCode);
    const query = db.getRepository(EmploymentRecord).createQueryBuilder('r');
    if (status) query.andWhere('r.status = :status', { status });
    if (registeredUnemployed != null) query.andWhere('r.registeredUnemployed = :registeredUnemployed', { registeredUnemployed });
    if (region) query.andWhere('r.regionCode = :region', { region });
    if (withoutService != null) {
      // The window is the database's today, so the answer does not depend on the clock of one service process.
      const recent = db.getRepository(EmploymentService).createQueryBuilder('s').select('1')
        .where('s.person_key = r.person_key')
        .andWhere(`s.start_date > current_date - interval '12 months'`);
      query.andWhere(`${withoutService ? 'NOT ' : ''}EXISTS (${recent.getQuery()})`);
    }
    const rows = await afterKey(query.clone(), 'r.personKey', window.afterKey).orderBy('r.personKey').limit(window.limit + 1).getMany();
    rows.forEach((row) => loaders.employmentByPersonKey.prime(row.personKey, row));
    return toConnection(rows, window, (r) => r.personKey, (r) => ({ id: r.personKey }), () => countRows(query));
  },

  insuredPersons: async (_: unknown, args: PageArgs & { filter?: InsuredPersonFilter | null }, { db }: Context) => {
    const window = pageWindow(args);
    const { scheme, status } = args.filter ?? {};
    const region = regionCodeArg('filter.regionCode', args.filter?.regionCode);
    // A person qualifies when one enrolment meets every condition at once; a person has several enrolments.
    const query = db.getRepository(SocialInsuranceEnrollment).createQueryBuilder('e');
    if (scheme) query.andWhere('e.scheme = :scheme', { scheme });
    if (status) query.andWhere('e.status = :status', { status });
    if (region) query.andWhere('e.regionCode = :region', { region });
    const rows = await afterKey(query.clone(), 'e.person_key', window.afterKey)
      .select('e.person_key', 'personKey')
      .distinct(true)
      .orderBy('e.person_key')
      .limit(window.limit + 1)
      .getRawMany<{ personKey: string }>();
    return toConnection(rows, window, (r) => r.personKey, (r) => ({ id: r.personKey }), () => countRows(query.clone().select('e.person_key').distinct(true)));
  },
};
