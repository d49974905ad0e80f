// The education migrations, oldest first.
import { CreateEducation1764400002000 } from './1764400002000-CreateEducation';
import { EducationWrites1764400002100 } from './1764400002100-EducationWrites';

export const migrations = [CreateEducation1764400002000, EducationWrites1764400002100];
