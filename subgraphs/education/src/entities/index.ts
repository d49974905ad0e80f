// The education tables.
import { EducationAid } from './EducationAid';
import { Enrollment } from './Enrollment';
import { Student } from './Student';

export { EducationAid, Enrollment, Student };
export const entities = [Student, Enrollment, EducationAid];
