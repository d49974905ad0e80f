// The human-resources tables.
import { EmploymentRecord } from './EmploymentRecord';
import { EmploymentService } from './EmploymentService';
import { SocialInsuranceEnrollment } from './SocialInsuranceEnrollment';

export { EmploymentRecord, EmploymentService, SocialInsuranceEnrollment };
export const entities = [EmploymentRecord, EmploymentService, SocialInsuranceEnrollment];
