// The education migrations, oldest first.
import { CreateEducation1764400002000 } from './1764400002000-CreateEducation';
import { EducationWrites1764400002100 } from './1764400002100-EducationWrites';
import { EducationFilterIndexes1764400002200 } from './1764400002200-EducationFilterIndexes';

export const migrations = [CreateEducation1764400002000, EducationWrites1764400002100, EducationFilterIndexes1764400002200];
