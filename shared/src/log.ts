// Structured JSON logs (pino) for every service; LOG_LEVEL is read here, once, as the logger's own setting.
import pino from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { pid: process.pid },
  redact: ['req.headers.authorization', '*.idNumber', '*.authorization'],
});

/**
 * One log line per GraphQL request, with the request id that the gateway issues and forwards to every
 * subgraph, so one caller's request can be followed across services. Internal errors carry their stack.
 */
export function requestLogPlugin(service: string) {
  return {
    async requestDidStart({ contextValue }: { contextValue: { identity?: { requestId: string; subject: string; role: string } } }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({
          operationName,
          errors,
          response,
        }: {
          operationName?: string | null;
          errors?: readonly { message: string; extensions?: Record<string, unknown>; originalError?: unknown }[];
          response: { http: { headers: Map<string, string> } };
        }) {
          const identity = contextValue.identity;
          if (identity) response.http.headers.set('x-request-id', identity.requestId);
          const entry = {
            service,
            requestId: identity?.requestId,
            subject: identity?.subject,
            role: identity?.role,
            operation: operationName ?? undefined,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          };
          const internal = errors?.find((e) => !e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR');
          if (internal) logger.error({ ...entry, err: internal.originalError ?? internal }, 'request failed');
          else logger.info(entry, 'request');
        },
      };
    },
  };
}
