// A county's coordination mechanism for the basic living guarantees (困难群众基本生活保障工作协调机制): one per county.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'coordination_mechanism' })
export class CoordinationMechanism {
  @PrimaryColumn({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'established_on', type: 'date' })
  establishedOn: string;
}
