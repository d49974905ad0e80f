// Development-reform loaders, made per request: placements by person key, institutions and their residents and projects by id; change histories by id.
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { manyByKey, newestFirst, oneByKey } from '../../../shared/src/loaders';
import { changeHistoryLoader } from '../../../shared/src/writes/mutation';
import { CarePlacement, ConstructionProject, SupportInstitution } from './entities';

/**
 * Residents of each institution, counted from its PLACED placements: one statement per batch, 0 where none. The
 * kit's loaders give rows; a count is its own statement, keyed the same way.
 */
function residentsByInstitutionId(db: DataSource): DataLoader<string, number> {
  return new DataLoader(
    async (ids) => {
      const rows: { institution_id: string; residents: number }[] = await db.query(
        `SELECT institution_id, count(*)::int AS residents FROM care_placement
         WHERE institution_id = ANY($1) AND status = 'PLACED' GROUP BY institution_id`,
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.institution_id, r.residents]));
      return ids.map((id) => byId.get(id) ?? 0);
    },
    { maxBatchSize: 1000 },
  );
}

export function createLoaders(db: DataSource) {
  return {
    /** A person's placements, newest first: the first is the current one, or the last that ended. */
    placementsByPersonKey: manyByKey(db.getRepository(CarePlacement), 'personKey', newestFirst('since')),
    institutionById: oneByKey(db.getRepository(SupportInstitution), 'id'),
    residentsByInstitutionId: residentsByInstitutionId(db),
    projectsByInstitutionId: manyByKey(db.getRepository(ConstructionProject), 'institutionId', newestFirst('plannedStart')),
    placementHistory: changeHistoryLoader(db, 'CarePlacement'),
    institutionHistory: changeHistoryLoader(db, 'SupportInstitution'),
    projectHistory: changeHistoryLoader(db, 'ConstructionProject'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
