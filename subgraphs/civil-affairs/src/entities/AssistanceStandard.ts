// The monthly standard of a program in a county, from a date on.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssistanceProgram } from '../generated/graphql';

@Entity({ name: 'assistance_standard' })
export class AssistanceStandard {
  @PrimaryColumn({ name: 'region_code', type: 'text' })
  regionCode: string;

  @PrimaryColumn({ type: 'text' })
  program: AssistanceProgram;

  @PrimaryColumn({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'monthly_amount_fen', type: 'bigint' })
  monthlyAmountFen: string;
}
