// The pseudonymous person key: HMAC-SHA-256 of the resident ID number under the federation secret.
import { createHmac } from 'node:crypto';

/**
 * Every agency derives the same key from the ID number it holds, so persons join across subgraphs
 * without a lookup service and raw ID numbers never travel. 16 bytes of the MAC, base64url: 22 chars.
 */
export function personKey(idNumber: string, secret: string): string {
  return 'p' + createHmac('sha256', secret).update(idNumber.toUpperCase()).digest().subarray(0, 16).toString('base64url');
}

export const isPersonKey = (value: string) => /^p[A-Za-z0-9_-]{22}$/.test(value);
