// The finance tables.
import { Allocation } from './Allocation';
import { Budget } from './Budget';
import { Payee } from './Payee';
import { Payment } from './Payment';
import { PerformanceEvaluation } from './PerformanceEvaluation';

export { Allocation, Budget, Payee, Payment, PerformanceEvaluation };
export const entities = [Payee, Payment, Budget, Allocation, PerformanceEvaluation];
