// Civil affairs' proactive discovery as its service runs it (SubgraphDefinition.service): each rule on a schedule
// (DISCOVERY_INTERVAL_MINUTES; 0 runs none) and on demand, each run after the answer as the kit's background work on
// the record as the service's. However many replicas serve civil affairs, one starts a given run: the start takes the
// rule's advisory lock in its transaction and finds a run begun by another replica within the interval.
import type { Identity } from '../../../../shared/src/auth/tokens';
import { AccessRecord } from '../../../../shared/src/audit/recorder';
import { logger } from '../../../../shared/src/log';
import type { ServiceKit } from '../../../../shared/src/subgraph';
import { DiscoveryRule, DiscoveryRun } from './entities';
import { beginRun, completeRun, serviceIdentity } from './run';

/** How often the schedule looks for a rule that is due: a look is one query, a run only when due. */
const LOOK_EVERY_MS = 60_000;

export interface RunRequest {
  ruleIds: string[];
  /** Who asks: a caller's identity, whose request's record names the rules; the schedule otherwise. */
  caller?: Identity;
  access?: AccessRecord;
  idempotencyKey?: string | null;
}

export class DiscoveryService {
  private timer?: NodeJS.Timeout;
  private looking?: Promise<unknown>;

  constructor(
    private readonly kit: ServiceKit,
    private readonly intervalMinutes = kit.config.discoveryIntervalMinutes,
  ) {}

  /**
   * Starts the schedule (nothing when the interval is 0): a look every minute, the first a minute after the start, by
   * when the units the rules ask are up beside it (`npm start` starts them together).
   */
  start(): this {
    if (this.intervalMinutes <= 0 || this.timer) return this;
    this.timer = setInterval(() => void this.look(), Math.min(LOOK_EVERY_MS, this.intervalMinutes * 60_000));
    this.timer.unref();
    return this;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.looking;
  }

  private look(): Promise<unknown> {
    if (this.looking) return this.looking;
    this.looking = this.runDue()
      .catch((err) => logger.warn({ subgraph: 'civil-affairs', err }, 'discovery: the schedule could not start its runs; looking again'))
      .finally(() => (this.looking = undefined));
    return this.looking;
  }

  /**
   * Starts a run of each active rule that is due (none completed within the interval, `intervalMinutes`, the schedule's
   * unless given; none failed in the last minutes), each finishing in the background; answers the runs it started.
   */
  async runDue(intervalMinutes = this.intervalMinutes): Promise<DiscoveryRun[]> {
    const rules = await this.kit.db.getRepository(DiscoveryRule).find({ where: { active: true }, order: { id: 'ASC' } });
    const started: DiscoveryRun[] = [];
    for (const rule of rules) {
      const identity = serviceIdentity();
      const begun = await beginRun(this.kit.db, identity, new AccessRecord(), rule.id, {
        startedBy: 'schedule',
        notWithinMinutes: intervalMinutes,
      });
      if (begun?.fresh) started.push(this.finishLater(identity, begun.run));
    }
    return started;
  }

  /** Starts a run of each rule asked for (or answers the one under way), each finishing in the background. */
  async run({ ruleIds, caller, access = new AccessRecord(), idempotencyKey }: RunRequest): Promise<DiscoveryRun[]> {
    const runs: DiscoveryRun[] = [];
    for (const ruleId of ruleIds) {
      const identity = serviceIdentity();
      // The caller's request writes the start, so its record and the run's history name them; the run is the service's.
      const begun = await beginRun(this.kit.db, caller ?? identity, access, ruleId, {
        startedBy: caller?.subject ?? 'schedule',
        idempotencyKey: idempotencyKey ? `${idempotencyKey}:${ruleId}` : null,
      });
      if (!begun) continue;
      runs.push(begun.fresh ? this.finishLater(identity, begun.run) : begun.run);
    }
    return runs;
  }

  private finishLater(identity: Identity, run: DiscoveryRun): DiscoveryRun {
    this.kit.background(identity, 'runDiscoveryRules', (record) =>
      completeRun({ db: this.kit.db, graph: this.kit.graph, record }, identity, run).then(() => undefined),
    );
    return run;
  }
}

/** Each civil-affairs database's discovery service, once the graph is connected: what runDiscoveryRules starts runs with. */
export const discoveryServices = new WeakMap<object, DiscoveryService>();

/** The kit's hook (SubgraphDefinition.service): the service, its schedule started, found by the database. */
export function startDiscovery(kit: ServiceKit): { stop: () => Promise<void> } {
  const service = new DiscoveryService(kit).start();
  discoveryServices.set(kit.db, service);
  return {
    stop: async () => {
      discoveryServices.delete(kit.db);
      await service.stop();
    },
  };
}
