// The civil-affairs tables.
import { AssistanceCase } from './AssistanceCase';
import { AssistanceStandard } from './AssistanceStandard';
import { Household } from './Household';
import { Person } from './Person';
import { PersonRecordHolder } from './PersonRecordHolder';

export { AssistanceCase, AssistanceStandard, Household, Person, PersonRecordHolder };
export const entities = [Person, Household, AssistanceCase, AssistanceStandard, PersonRecordHolder];
