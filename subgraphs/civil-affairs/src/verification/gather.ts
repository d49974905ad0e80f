// Gathering a verification's facts over the graph, as civil affairs' service: one request through the gateway asks
// every unit the authorisation names at once; a unit that does not answer is named with why, never read as "nothing".
import type { GraphClient } from '../../../../shared/src/graph-client';
import { GraphRefused, GraphUnreachable } from '../../../../shared/src/graph-client';
import { parseMoney } from '../../../../shared/src/money';
import { VERIFICATION_PURPOSE, verificationFactsFieldName } from '../../../../shared/src/verification/facts';
import type { MissingUnitRow } from './entities';
import type { Gathered, GatheredFact } from './rules';

interface FactAnswer {
  personId: string;
  kind: string;
  monthlyAmount: string | null;
  assetValue: string | null;
  quantity: number | null;
  recordType: string;
  recordId: string;
  asOf: string;
  unit: string;
}

const FACT_FIELDS = 'personId kind monthlyAmount assetValue quantity recordType recordId asOf unit';

/** The one operation that asks each of `agencies` for its facts (its name is on every unit's access log). */
export const gatherDocument = (agencies: readonly string[]) =>
  `query VerificationGather($authorisation: String!, $personIds: [ID!]!) {\n${agencies
    .map((a) => `  ${verificationFactsFieldName(a)}(authorisation: $authorisation, personIds: $personIds) { ${FACT_FIELDS} }`)
    .join('\n')}\n}`;

const fen = (money: string | null) => (money === null ? null : parseMoney(money));

/** Every unit's facts on the persons, or why it gave none. */
export async function gather(
  graph: GraphClient | undefined,
  authorisation: string,
  agencies: readonly string[],
  personIds: readonly string[],
): Promise<Gathered> {
  const allMissing = (code: string, message: string): Gathered => ({
    facts: [],
    answered: [],
    missing: agencies.map((unit) => ({ unit, code, message })),
  });
  if (!graph) return allMissing('UNAVAILABLE', 'civil affairs is not connected to the graph (GATEWAY_URL)');
  let answer;
  try {
    answer = await graph.request<Record<string, FactAnswer[] | null>>(
      gatherDocument(agencies),
      { authorisation, personIds },
      VERIFICATION_PURPOSE,
    );
  } catch (err) {
    if (err instanceof GraphUnreachable) return allMissing('UNAVAILABLE', err.message);
    if (err instanceof GraphRefused) return allMissing(err.errors[0]?.extensions?.code ?? 'REFUSED', err.message);
    throw err;
  }
  const facts: GatheredFact[] = [];
  const answered: string[] = [];
  const missing: MissingUnitRow[] = [];
  for (const unit of agencies) {
    const field = verificationFactsFieldName(unit);
    const given = answer.data?.[field];
    const error = answer.errors?.find((e) => e.path?.[0] === field) ?? answer.errors?.find((e) => e.extensions?.subgraph === unit);
    if (!Array.isArray(given)) {
      missing.push({
        unit,
        code: error?.extensions?.code ?? 'NO_ANSWER',
        message: (error?.message ?? 'the unit gave no answer').slice(0, 300),
      });
      continue;
    }
    answered.push(unit);
    for (const f of given)
      facts.push({
        personId: f.personId,
        unit,
        kind: f.kind,
        monthlyAmountFen: fen(f.monthlyAmount),
        assetValueFen: fen(f.assetValue),
        quantity: f.quantity,
        recordType: f.recordType,
        recordId: f.recordId,
        asOf: f.asOf,
      });
  }
  return { facts, answered, missing };
}
