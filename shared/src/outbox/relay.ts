// Delivers a subgraph's outbox (outbox.ts) through the gateway as the agency's service: oldest first, each
// message at least once, retried with growing pauses while the gateway or the receiving agency is down. A
// message is claimed for a lease before it is sent, so two replicas of a service never send it at once, and
// one whose sender died is taken up again when the lease ends.
import { Counter } from 'prom-client';
import { DataSource } from 'typeorm';
import type { Purpose } from '../auth/purposes';
import { GraphClient } from '../graph-client';
import { UNCOUNTED } from '../db';
import { logger } from '../log';

const deliveries = new Counter({
  name: 'outbox_deliveries_total',
  help: "Outbox messages sent to the graph, by the sending service, the message's kind and the outcome (delivered, retry)",
  labelNames: ['service', 'kind', 'outcome'],
});

export interface RelayOptions {
  /** How often the relay looks for due messages. */
  pollMs?: number;
  /** Messages claimed at a time. */
  batch?: number;
  /** How long a claimed message is kept from other senders. */
  leaseSeconds?: number;
  /** The longest pause between two attempts of one message. */
  maxBackoffSeconds?: number;
}

interface Claimed {
  id: string;
  kind: string;
  document: string;
  variables: Record<string, unknown>;
  purpose: Purpose;
  attempts: number;
}

export class OutboxRelay {
  private client?: GraphClient;
  private timer?: NodeJS.Timeout;
  /** Deliveries run one after another: a drain waits for the one under way. */
  private queue: Promise<unknown> = Promise.resolve();
  private polling = false;
  private readonly pollMs: number;
  private readonly batch: number;
  private readonly leaseSeconds: number;
  private readonly maxBackoffSeconds: number;

  constructor(
    private readonly db: DataSource,
    private readonly service: string,
    options: RelayOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1000;
    this.batch = options.batch ?? 50;
    this.leaseSeconds = options.leaseSeconds ?? 60;
    this.maxBackoffSeconds = options.maxBackoffSeconds ?? 300;
  }

  /** Starts delivering through `client`: now, and every poll interval after. */
  start(client: GraphClient): void {
    this.client = client;
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.pollMs);
    this.timer.unref();
    void this.tick();
  }

  /** Stops polling, after the delivery under way. Undelivered messages stay in the outbox for the next start. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.queue;
  }

  /** Messages not yet delivered. */
  async pending(): Promise<number> {
    const [{ count }] = await this.db.query(`${UNCOUNTED}SELECT count(*)::int AS count FROM outbox WHERE delivered_at IS NULL`);
    return count;
  }

  /**
   * Sends every due message now, and with `{ waiting: true }` also those waiting out a pause after a failure;
   * answers how many were delivered. What the poll does, and what a test or an operator calls to deliver
   * without waiting.
   */
  drain(options: { waiting?: boolean } = {}): Promise<number> {
    const run = this.queue.then(() => this.deliverDue(options.waiting ?? false));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async tick(): Promise<void> {
    if (!this.client || this.polling) return;
    this.polling = true;
    try {
      await this.drain();
    } catch (err) {
      logger.warn({ service: this.service, err }, 'outbox: delivery round failed; retrying');
    } finally {
      this.polling = false;
    }
  }

  private async deliverDue(waiting: boolean): Promise<number> {
    const client = this.client;
    if (!client) throw new Error(`${this.service}: the outbox relay has no way to reach the graph (GATEWAY_URL)`);
    let delivered = 0;
    for (;;) {
      const claimed = await this.claim(waiting);
      if (claimed.length === 0) return delivered;
      for (const message of claimed) if (await this.send(client, message)) delivered++;
      if (claimed.length < this.batch) return delivered;
    }
  }

  private async claim(waiting: boolean): Promise<Claimed[]> {
    return this.db
      .query(
        `${UNCOUNTED}UPDATE outbox SET next_attempt_at = now() + make_interval(secs => $2), attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM outbox WHERE delivered_at IS NULL AND ($3 OR next_attempt_at <= now())
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, kind, document, variables, purpose, attempts`,
        [this.batch, this.leaseSeconds, waiting],
      )
      .then(([rows]: [Claimed[]]) => rows.sort((a, b) => Number(a.id) - Number(b.id)));
  }

  private async send(client: GraphClient, message: Claimed): Promise<boolean> {
    let problem: string | undefined;
    try {
      const answer = await client.request(message.document, message.variables, message.purpose);
      if (answer.errors?.length) problem = answer.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ');
    } catch (err) {
      problem = (err as Error).message;
    }
    if (problem === undefined) {
      await this.db.query(`${UNCOUNTED}UPDATE outbox SET delivered_at = now(), last_error = NULL WHERE id = $1`, [message.id]);
      deliveries.inc({ service: this.service, kind: message.kind, outcome: 'delivered' });
      return true;
    }
    const pause = Math.min(this.maxBackoffSeconds, 2 ** Math.min(message.attempts, 16));
    await this.db.query(
      `${UNCOUNTED}UPDATE outbox SET next_attempt_at = now() + make_interval(secs => $2), last_error = $3 WHERE id = $1`,
      [message.id, pause, problem.slice(0, 1000)],
    );
    deliveries.inc({ service: this.service, kind: message.kind, outcome: 'retry' });
    logger.warn(
      { service: this.service, kind: message.kind, id: message.id, attempts: message.attempts, problem },
      'outbox: not delivered; will retry',
    );
    return false;
  }
}
