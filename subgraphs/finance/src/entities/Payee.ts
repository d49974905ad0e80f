// A recipient of benefits (发放对象) and the account on file that benefits go into (惠民惠农"一卡通"): one row per person paid.
import { Column, Entity } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import { RegisteredPerson } from '../../../../shared/src/entities/persons';

/** Its ID number is the one the bank account is held under. */
@Entity({ name: 'payee' })
export class Payee extends RegisteredPerson {
  @Column({ name: 'bank', type: 'text' })
  bank: string;

  /** The account on file: the last one a payment went into. Sensitive (PIPL Art 28). */
  @Column({ name: 'account_number', type: 'text' })
  accountNumber: string;

  /** Incremented by every change of the account on file. */
  @RowVersionColumn()
  version: number;
}
