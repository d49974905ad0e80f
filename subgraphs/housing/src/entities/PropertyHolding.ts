// One registered holding of a property by one person (不动产登记); a co-held property is one row per co-owner.
import { Column, Entity } from 'typeorm';
import { IdNumberColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { PropertyEndReason, PropertyKind } from '../generated/graphql';

@Entity({ name: 'property_holding' })
export class PropertyHolding extends PersonRecord {
  @IdNumberColumn()
  idNumber: string;

  /** The county the property lies in. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'kind', type: 'text' })
  kind: PropertyKind;

  /** numeric(8,2); pg returns it as a string. */
  @Column({ name: 'area_sqm', type: 'numeric', precision: 8, scale: 2 })
  areaSqm: string;

  @Column({ name: 'address', type: 'text' })
  address: string;

  @Column({ name: 'certificate_number', type: 'text' })
  certificateNumber: string;

  @Column({ name: 'registered_on', type: 'date' })
  registeredOn: string;

  /** numeric(4,3) co-ownership share in (0, 1]. */
  @Column({ name: 'share', type: 'numeric', precision: 4, scale: 3 })
  share: string;

  /** When the person stopped holding it; null while held. An ended holding no longer counts as held. */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: PropertyEndReason | null;

  @RowVersionColumn()
  version: number;
}
