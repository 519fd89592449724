import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { HubConfig } from './config';
import { ConfigError } from './config';

/**
 * The secret the gateway signs forwarded identities with and the subgraphs check them with. Configured as
 * HUB_INTERNAL_SECRET; for a local start it is created once in DATA_DIR, so every part started from the
 * same folder shares it. Production must configure it.
 */
export function internalSecret(config: HubConfig): Uint8Array {
  if (config.HUB_INTERNAL_SECRET) return new TextEncoder().encode(config.HUB_INTERNAL_SECRET);
  if (config.NODE_ENV === 'production') throw new ConfigError('HUB_INTERNAL_SECRET must be set in production (32+ characters)');
  const file = path.resolve(config.DATA_DIR, 'identity', 'internal-secret');
  return new TextEncoder().encode(readOrCreate(file, () => randomBytes(32).toString('base64url')));
}

/** Reads a file made on first use (mode 600); concurrent first starts agree on one value. */
export function readOrCreate(file: string, create: () => string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, create(), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return fs.readFileSync(file, 'utf8').trim();
}
