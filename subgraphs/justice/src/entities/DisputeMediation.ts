// The mediation (调解) of a dispute between a household's applicant and the unit that decided on its assistance.
import { Column, Entity } from 'typeorm';
import { IdNumberColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { ContestedProgramme, MediationResult, MediationStatus } from '../generated/graphql';

/** Its person is the party to the dispute. */
@Entity({ name: 'dispute_mediation' })
export class DisputeMediation extends PersonRecord {
  @IdNumberColumn()
  idNumber: string;

  /** The programme whose decision is contested; the deciding unit follows from it (rules.ts). */
  @Column({ name: 'programme', type: 'text' })
  programme: ContestedProgramme;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn: string;

  /** What the party contests (sensitive: detail scope). */
  @Column({ name: 'dispute', type: 'text' })
  dispute: string;

  @Column({ name: 'mediator_name', type: 'text' })
  mediatorName: string;

  /** The county of the mediation committee. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'status', type: 'text' })
  status: MediationStatus;

  @Column({ name: 'result', type: 'text', nullable: true })
  result: MediationResult | null;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn: string;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ name: 'result_note', type: 'text', nullable: true })
  resultNote: string | null;

  @RowVersionColumn()
  version: number;
}
