// A county's performance evaluation for one year (绩效评价) and its award (以奖代补), in integer fen.
import { Column, Entity } from 'typeorm';
import { GeneratedIdColumn } from '../../../../shared/src/entities/columns';
import type { EvaluationGrade } from '../generated/graphql';

@Entity({ name: 'performance_evaluation' })
export class PerformanceEvaluation {
  @GeneratedIdColumn()
  id: string;

  @Column({ name: 'year', type: 'integer' })
  year: number;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'score', type: 'integer' })
  score: number;

  @Column({ name: 'grade', type: 'text' })
  grade: EvaluationGrade;

  @Column({ name: 'findings', type: 'text' })
  findings: string;

  @Column({ name: 'award_fen', type: 'bigint' })
  awardFen: string;

  @Column({ name: 'evaluated_on', type: 'date' })
  evaluatedOn: string;
}
