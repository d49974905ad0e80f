// Per-caller rate limits and daily quotas at the gateway (rate-limiter-flexible), shared by every replica through Redis.
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { serviceAgencyOf } from '../../shared/src/auth/service-identity';
import { Identity } from '../../shared/src/auth/tokens';
import { RateLimitConfig } from '../../shared/src/config';
import { rateLimited } from '../../shared/src/errors';
import { logger } from '../../shared/src/log';

interface Window {
  /** extensions.limit of the refusal. */
  limit: 'PER_MINUTE' | 'PER_DAY';
  what: (points: number) => string;
  points: number;
  seconds: number;
  limiter: RateLimiterAbstract;
}

export interface CallerLimits {
  /** Counts `requests` (the operations of one HTTP request) against the caller's limits; throws RATE_LIMITED when one is used up. */
  consume: (identity: Identity, requests?: number) => Promise<void>;
  /** Where the counts are kept now: `redis`, or `memory` (no REDIS_URL, or Redis unreachable). */
  store: () => 'redis' | 'memory';
  close: () => Promise<void>;
}

const wait = (seconds: number) =>
  seconds < 120 ? `${seconds} s` : seconds < 7200 ? `${Math.ceil(seconds / 60)} min` : `${Math.round(seconds / 360) / 10} h`;

/**
 * The limits count per caller: the verified token's role and subject, never anything the caller chooses
 * per request. The daily quota is a 24-hour window from the caller's first request in it.
 *
 * With REDIS_URL every replica counts in the same Redis keys, so a caller cannot multiply the limit by
 * spreading requests over replicas. If Redis stops answering, each gateway keeps limiting in its own
 * memory (rate-limiter-flexible's insurance limiter) rather than refusing everyone: the limits then hold
 * per replica until Redis answers again, and the gateway logs that it changed stores. Availability of
 * the caseworkers' screens weighs more here than an exact count during a Redis outage.
 */
export async function callerLimits(config: RateLimitConfig): Promise<CallerLimits> {
  let redis: Redis | undefined;
  let redisState = 'connecting';
  if (config.redisUrl) {
    // No offline queue: while Redis is away a count goes to the in-memory insurance at once instead of waiting.
    redis = new Redis(config.redisUrl, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 1_000,
      disconnectTimeout: 200,
    });
    const changed = (state: string, err?: Error) => {
      if (state === redisState) return;
      redisState = state;
      if (state === 'ready') logger.info({ store: 'redis' }, 'rate limits counted in Redis, shared by every gateway');
      else
        logger.warn(
          { store: 'memory', err: err?.message },
          "Redis does not answer: rate limits counted in this gateway's memory until it does",
        );
    };
    redis.on('ready', () => changed('ready'));
    redis.on('error', (err) => changed('down', err));
    await redis.connect().catch((err: Error) => changed('down', err));
  }
  const limiterOf = (name: string, points: number, duration: number): RateLimiterAbstract => {
    const keyPrefix = `${config.keyPrefix}:${name}`;
    const memory = new RateLimiterMemory({ keyPrefix, points, duration });
    return redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, rejectIfRedisNotReady: true, insuranceLimiter: memory })
      : memory;
  };
  const windowsOf = (prefix: string, perMinute: number, perDay: number): Window[] => [
    {
      limit: 'PER_MINUTE',
      what: (n) => `rate limit of ${n} requests a minute`,
      points: perMinute,
      seconds: 60,
      limiter: limiterOf(`${prefix}minute`, perMinute, 60),
    },
    {
      limit: 'PER_DAY',
      what: (n) => `daily quota of ${n} requests`,
      points: perDay,
      seconds: 86_400,
      limiter: limiterOf(`${prefix}day`, perDay, 86_400),
    },
  ];
  const persons = windowsOf('', config.perMinute, config.perDay);
  // An agency's service counts against its own, larger limits: its key yields only its own role, so no person gets them.
  const services = windowsOf('service-', config.servicePerMinute, config.servicePerDay);
  return {
    consume: async (identity, requests = 1) => {
      // A service acting for its caller counts as the service: the caller's own request to it was counted already.
      const key = identity.actor ? `${identity.actor}:${identity.actor}` : `${identity.role}:${identity.subject}`;
      for (const window of serviceAgencyOf(identity.actor ?? identity.role) !== undefined ? services : persons) {
        try {
          await window.limiter.consume(key, requests);
        } catch (refusal) {
          if (!(refusal instanceof RateLimiterRes)) throw refusal;
          const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
          throw rateLimited(
            `You have used your ${window.what(window.points)}; retry in ${wait(seconds)} (Retry-After: ${seconds})`,
            window.limit,
            seconds,
          );
        }
      }
    },
    store: () => (redis?.status === 'ready' ? 'redis' : 'memory'),
    close: async () => {
      // quit() lets queued counts finish; a client still trying to reach Redis is just stopped.
      if (redis?.status === 'ready') await redis.quit().catch(() => redis!.disconnect());
      else redis?.disconnect();
    },
  };
}
