// Structured JSON logs (pino) for every service; LOG_LEVEL is read here, once, as the logger's own setting.
import pino from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
  base: { pid: process.pid },
  redact: ['req.headers.authorization', '*.idNumber', '*.authorization'],
});
