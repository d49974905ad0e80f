// A recipient of benefits (发放对象) and the account on file that benefits go into (惠民惠农"一卡通"): one row per person paid.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'payee' })
export class Payee {
  /** Pseudonymous person key (HMAC of the ID number). */
  @PrimaryColumn({ name: 'person_key', type: 'text' })
  personKey: string;

  /** The resident ID number the bank account is held under. */
  @Column({ name: 'id_number', type: 'text' })
  idNumber: string;

  @Column({ name: 'bank', type: 'text' })
  bank: string;

  /** The account on file: the last one a payment went into. Sensitive (PIPL Art 28). */
  @Column({ name: 'account_number', type: 'text' })
  accountNumber: string;

  /** Incremented by every change of the account on file. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
