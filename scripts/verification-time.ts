// `node dist/scripts/verification-time.js`: times households' economic-status verifications (核对) against a running graph.
//
// Against a graph started with `npm start` (development tokens): it takes the demo city's applications awaiting
// verification (REQUESTED: authorised by every member for every unit, src/verification/seed.ts in civil affairs) and
// gathers each once as a caseworker (rerunVerification: civil affairs asks the seven units through the gateway as its
// service), one household at a time, and prints how long each took. For the big city: `npm run seed -- --people
// 1000000`, then `DATABASE_URL=… SEED_PEOPLE=0 npm start`.
import { Command } from 'commander';
import { callerHeaders, data } from './graph';
import { round, since, spreadOf } from './measure';

const AWAITING = `query($after: String) { verifications(filter: { status: REQUESTED }, first: 100, after: $after) {
  totalCount pageInfo { endCursor } nodes { id version household { size } } } }`;
const RERUN = `mutation($input: RerunVerificationInput!) { rerunVerification(input: $input) {
  status report { verdict householdSize answeredUnits missingUnits { unit code } items { kind } } } }`;

new Command()
  .name('node dist/scripts/verification-time.js')
  .description("Times households' economic-status verifications through the gateway.")
  .option('--url <url>', 'the gateway', 'http://127.0.0.1:4000/graphql')
  .option('--households <n>', 'how many households to verify', '20')
  .action(async (opts: { url: string; households: string }) => {
    const caseworker = await callerHeaders('verification-time', 'caseworker', 'ELIGIBILITY_VERIFICATION');
    const { verifications } = await data(opts.url, caseworker, AWAITING, {});
    const awaiting = verifications.nodes.slice(0, Number(opts.households));
    if (awaiting.length === 0)
      throw new Error('no verification is REQUESTED: the demo seed makes them (a fresh DATA_DIR, or npm run seed)');
    const ms: number[] = [];
    const outcomes: Record<string, number> = {};
    let items = 0;
    for (const v of awaiting) {
      const started = process.hrtime.bigint();
      const { rerunVerification } = await data(opts.url, caseworker, RERUN, { input: { id: v.id, version: v.version } });
      ms.push(since(started));
      const outcome = `${rerunVerification.status} ${rerunVerification.report.verdict}`;
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      items += rerunVerification.report.items.length;
    }
    console.log(
      JSON.stringify(
        {
          awaiting: verifications.totalCount,
          households: ms.length,
          ms: spreadOf(ms),
          itemsPerHousehold: round(items / ms.length),
          outcomes,
        },
        null,
        2,
      ),
    );
  })
  .parseAsync()
  .catch((err) => {
    console.error((err as Error).message);
    process.exit(1);
  });
