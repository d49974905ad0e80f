// One published price index of the city for one month (CPI or food CPI, year on year), its value in integer tenths.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import type { PriceIndexKind } from '../generated/graphql';

@Entity({ name: 'price_index' })
export class PriceIndex {
  /** `${month}:${kind}` ("2025-06:CPI"): unique per kind and month, and ordered by month first. */
  @PrimaryColumn({ name: 'id', type: 'text' })
  id: string;

  @Column({ name: 'kind', type: 'text' })
  kind: PriceIndexKind;

  /** YYYY-MM. */
  @Column({ name: 'month', type: 'text' })
  month: string;

  /** The index in tenths: 1023 is 102.3. */
  @Column({ name: 'value_tenths', type: 'integer' })
  valueTenths: number;

  @Column({ name: 'published_on', type: 'date' })
  publishedOn: string;

  /** Why the index was last corrected; null while it stands as first published. */
  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason: string | null;

  /** Incremented by every correction; a writer must send the version it read. */
  @RowVersionColumn()
  version: number;
}
