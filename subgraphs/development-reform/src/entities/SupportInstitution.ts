// A support institution for 特困 persons (供养服务机构): its kind, county, beds and care staff; residents are counted from placements.
import { Column, Entity } from 'typeorm';
import { GeneratedIdColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import type { SupportInstitutionKind } from '../generated/graphql';

@Entity({ name: 'support_institution' })
export class SupportInstitution {
  @GeneratedIdColumn()
  id: string;

  @Column({ name: 'kind', type: 'text' })
  kind: SupportInstitutionKind;

  @Column({ name: 'name', type: 'text' })
  name: string;

  /** The county it serves. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  /** 0 while a new build is not complete; completed projects add theirs. */
  @Column({ name: 'beds', type: 'integer' })
  beds: number;

  @Column({ name: 'care_staff', type: 'integer' })
  careStaff: number;

  /** Null while its new build is not complete. */
  @Column({ name: 'opened_on', type: 'date', nullable: true })
  openedOn: string | null;

  @RowVersionColumn()
  version: number;
}
