// Prometheus metrics (prom-client) every service exposes at /metrics: requests, errors, latency, pools.
import { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, collectDefaultMetrics, register } from 'prom-client';
import { DataSource } from 'typeorm';

collectDefaultMetrics();

const requests = new Counter({
  name: 'graphql_requests_total',
  help: 'GraphQL operations served, by operation and outcome (ok, error)',
  labelNames: ['service', 'operation', 'outcome'],
});
const errors = new Counter({
  name: 'graphql_errors_total',
  help: 'GraphQL errors returned, by code',
  labelNames: ['service', 'code'],
});
const duration = new Histogram({
  name: 'graphql_request_duration_seconds',
  help: 'Time from receiving an operation to sending its response',
  labelNames: ['service', 'operation'],
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});
export const subgraphCalls = new Histogram({
  name: 'gateway_subgraph_request_duration_seconds',
  help: 'Time the gateway waited for each subgraph, by outcome',
  labelNames: ['subgraph', 'outcome'],
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

/** Operation names are client-chosen: keep the label set bounded. */
const operationLabel = (name: string | null | undefined) =>
  name && /^[A-Za-z_][\w]{0,63}$/.test(name) ? name.replace(/__.*$/, '') : 'anonymous';

export function metricsPlugin(service: string): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const end = duration.startTimer({ service });
      return {
        async willSendResponse({ operationName, errors: errs }) {
          const operation = operationLabel(operationName);
          end({ operation });
          requests.inc({ service, operation, outcome: errs?.length ? 'error' : 'ok' });
          for (const e of errs ?? []) errors.inc({ service, code: String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
        },
      };
    },
  };
}

interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}
const pools = new Map<string, PoolCounts>();

new Gauge({
  name: 'db_pool_connections',
  help: 'Database pool connections by state (total, idle, waiting clients)',
  labelNames: ['service', 'state'],
  collect() {
    for (const [service, pool] of pools) {
      this.set({ service, state: 'total' }, pool.totalCount);
      this.set({ service, state: 'idle' }, pool.idleCount);
      this.set({ service, state: 'waiting' }, pool.waitingCount);
    }
  },
});

/** Reports a subgraph's pool usage when Prometheus scrapes; returns the function that stops it. */
export function watchPool(service: string, db: DataSource): () => void {
  const pool = (db.driver as unknown as { master?: PoolCounts }).master;
  if (pool) pools.set(service, pool);
  return () => pools.delete(service);
}

export const metricsText = () => register.metrics();
export const metricsContentType = register.contentType;
