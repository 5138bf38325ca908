import { hash } from 'node:crypto';

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** Whether a value already is a SHA-256 digest in hex (64 hex digits, any case). */
export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}

/**
 * The SHA-256 digest of a normalised value, lowercase hex, of its UTF-8 bytes.
 * A value that already is a SHA-256 hex digest passes through (lowercased),
 * as Meta's Business SDK does, so pre-hashed inputs are not hashed twice.
 *
 * @example sha256Hex('mary') // '6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec'
 */
export function sha256Hex(normalized: string): string {
  if (SHA256_HEX.test(normalized)) return normalized.toLowerCase();
  return hash('sha256', normalized, 'hex');
}
