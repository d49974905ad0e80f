// What education gives a household's verification (核对): student aid each member was granted in the last twelve
// months, spread over them (monthly: the amount over twelve); from education's own tables only.
import { grantsOfLastYear } from '../../../shared/src/verification/grants';

export const verificationFacts = grantsOfLastYear({ table: 'education_aid', kindPrefix: 'EDUCATION_AID_', recordType: 'EducationAid' });
