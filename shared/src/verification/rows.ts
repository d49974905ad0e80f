// Turning a unit's SQL rows into verification facts: every unit's facts function selects the same columns.
import type { DataSource } from 'typeorm';
import type { VerificationFactRow } from './facts';

/** One SQL row of a facts query: person_key, kind, monthly_fen, asset_fen, quantity, record_type, record_id, as_of (YYYY-MM-DD). */
interface FactSqlRow {
  person_key: string;
  kind: string;
  monthly_fen: string | null;
  asset_fen?: string | null;
  quantity?: string | null;
  record_type: string;
  record_id: string;
  as_of: string;
}

/** Runs a unit's facts query over `$1` (the person keys) and reads its rows as facts. */
export async function factsOf(db: DataSource, sql: string, personKeys: readonly string[]): Promise<VerificationFactRow[]> {
  const rows: FactSqlRow[] = await db.query(sql, [personKeys]);
  return rows.map((r) => ({
    personKey: r.person_key,
    kind: r.kind,
    monthlyAmountFen: r.monthly_fen === null ? null : BigInt(r.monthly_fen),
    assetValueFen: r.asset_fen == null ? null : BigInt(r.asset_fen),
    quantity: r.quantity == null ? null : Number(r.quantity),
    recordType: r.record_type,
    recordId: String(r.record_id),
    asOf: r.as_of,
  }));
}
