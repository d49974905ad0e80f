// The civil-affairs tables.
import { AssistanceCase } from './AssistanceCase';
import { AssistanceStandard } from './AssistanceStandard';
import { Household } from './Household';
import { Person } from './Person';

export { AssistanceCase, AssistanceStandard, Household, Person };
export const entities = [Person, Household, AssistanceCase, AssistanceStandard];
