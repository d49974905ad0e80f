// What finance gives a household's verification (核对): the benefits its ledger last paid each member, per programme
// (the latest paid month); from finance's own payment ledger only.
import type { VerificationFacts } from '../../../shared/src/verification/facts';
import { factsOf } from '../../../shared/src/verification/rows';

export const verificationFacts: VerificationFacts = (db, personKeys) =>
  factsOf(
    db,
    `SELECT DISTINCT ON (person_key, programme) person_key, 'PAID_' || programme AS kind, amount_fen::text AS monthly_fen,
            'Payment' AS record_type, id::text AS record_id, to_char(paid_on, 'YYYY-MM-DD') AS as_of
       FROM payment
      WHERE person_key = ANY($1) AND status = 'PAID'
      ORDER BY person_key, programme, month DESC, id`,
    personKeys,
  );
