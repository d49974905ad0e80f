// What the trade union gives a household's verification (核对): union aid each member received in the last twelve
// months, spread over them (monthly: the amount over twelve); from the union's own tables only.
import { grantsOfLastYear } from '../../../shared/src/verification/grants';

export const verificationFacts = grantsOfLastYear({ table: 'union_aid', kindPrefix: 'UNION_AID_', recordType: 'UnionAid' });
