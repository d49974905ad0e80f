// Verification facts of grants paid once (student aid, union aid): each granted in the last twelve months, spread over
// them (monthly: the amount over twelve), read from the unit's own table of grants.
import type { VerificationFacts } from './facts';
import { factsOf } from './rows';

/** A unit's table of grants: its columns are person_key, kind, amount_fen, status (GRANTED) and granted_on. */
export interface GrantTable {
  table: string;
  /** The start of each fact's kind, before the grant's own kind (`UNION_AID_` + `MUTUAL_AID`). */
  kindPrefix: string;
  /** The entity each fact names as its record. */
  recordType: string;
}

/** The facts of the grants in `table` that each person was granted in the last twelve months. */
export const grantsOfLastYear =
  ({ table, kindPrefix, recordType }: GrantTable): VerificationFacts =>
  (db, personKeys) =>
    factsOf(
      db,
      `SELECT person_key, '${kindPrefix}' || kind AS kind, (amount_fen / 12)::text AS monthly_fen,
              '${recordType}' AS record_type, id::text AS record_id, to_char(granted_on, 'YYYY-MM-DD') AS as_of
         FROM ${table}
        WHERE person_key = ANY($1) AND status = 'GRANTED' AND granted_on > (now() AT TIME ZONE 'Asia/Shanghai')::date - 365
        ORDER BY person_key, kind, id`,
      personKeys,
    );
