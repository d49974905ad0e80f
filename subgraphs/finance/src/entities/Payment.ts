// One benefit paid into a recipient's bank account (社会化发放): the ledger's row; amounts in integer fen.
import { Column, Entity } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { BenefitProgramme, PaymentReturnReason, PaymentStatus } from '../generated/graphql';

/** Its person is the recipient. */
@Entity({ name: 'payment' })
export class Payment extends PersonRecord {
  /**
   * The payee whose account the payment went into: the recipient, except for a price subsidy, counted per person
   * and paid into the account their household is paid into.
   */
  @Column({ name: 'payee_key', type: 'text' })
  payeeKey: string;

  @Column({ name: 'programme', type: 'text' })
  programme: BenefitProgramme;

  /** The benefit month paid, YYYY-MM. */
  @Column({ name: 'month', type: 'text' })
  month: string;

  /** The county that pays. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'amount_fen', type: 'bigint' })
  amountFen: string;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  @Column({ name: 'bank', type: 'text' })
  bank: string;

  /** The full account number: sensitive (PIPL Art 28), shown only with the detail scope. */
  @Column({ name: 'account_number', type: 'text' })
  accountNumber: string;

  @Column({ name: 'status', type: 'text' })
  status: PaymentStatus;

  @Column({ name: 'returned_on', type: 'date', nullable: true })
  returnedOn: string | null;

  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: PaymentReturnReason | null;

  /** The returned payment this one pays again. */
  @Column({ name: 'reissue_of', type: 'uuid', nullable: true })
  reissueOf: string | null;

  @RowVersionColumn()
  version: number;
}
