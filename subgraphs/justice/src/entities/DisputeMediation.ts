// The mediation (调解) of a dispute between a household's applicant and the unit that decided on its assistance.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContestedProgramme, MediationResult, MediationStatus } from '../generated/graphql';

@Entity({ name: 'dispute_mediation' })
export class DisputeMediation {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  /** The party's pseudonymous person key. */
  @Column({ name: 'person_key', type: 'text' })
  personKey: string;

  @Column({ name: 'id_number', type: 'text' })
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

  /** Incremented by every change; a writer must send the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
