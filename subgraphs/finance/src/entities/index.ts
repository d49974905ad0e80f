// The finance tables.
import { Allocation } from './Allocation';
import { Budget } from './Budget';
import { Payee } from './Payee';
import { Payment } from './Payment';
import { PerformanceEvaluation } from './PerformanceEvaluation';
import { PriceSubsidyBatch } from './PriceSubsidyBatch';
import { PriceSubsidyCounty } from './PriceSubsidyCounty';

export { Allocation, Budget, Payee, Payment, PerformanceEvaluation, PriceSubsidyBatch, PriceSubsidyCounty };
export const entities = [Payee, Payment, Budget, Allocation, PerformanceEvaluation, PriceSubsidyBatch, PriceSubsidyCounty];
