import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { readConfig } from '../platform/config';
import { startGateway, type RunningGateway } from '../gateway';

async function gatewayIn(mode: 'development' | 'production', extra: Record<string, string> = {}): Promise<RunningGateway> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-ide-'));
  const { publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const jwksFile = path.join(dataDir, 'jwks.json');
  fs.writeFileSync(jwksFile, JSON.stringify({ keys: [await exportJWK(publicKey)] }));
  const config = readConfig({
    NODE_ENV: mode,
    DATA_DIR: dataDir,
    AUTH_JWKS_FILE: jwksFile,
    ...extra,
  });
  return startGateway({ config, port: 0, host: '127.0.0.1' });
}

const introspect = (gateway: RunningGateway) =>
  fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
  }).then((response) => response.json() as Promise<{ data?: unknown; errors?: { message: string }[] }>);

describe('the GraphQL IDE', () => {
  it('is served outside production, works offline (nothing loaded from a CDN) and has the example operations', async () => {
    const gateway = await gatewayIn('development');
    try {
      const page = await (await fetch(gateway.url.replace(/\/graphql$/, '/'))).text();
      expect(page).toContain('<div id="root">');
      expect(page).toContain('query Organisations');
      // No script, stylesheet or font comes from another host.
      expect(page).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(page).not.toMatch(/<link[^>]+href=["']https?:/i);
      expect(await introspect(gateway)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    } finally {
      await gateway.stop();
    }
  });

  it('is not served in production, and introspection is off there unless configured', async () => {
    const gateway = await gatewayIn('production');
    try {
      expect((await fetch(gateway.url.replace(/\/graphql$/, '/'))).status).toBe(404);
      expect((await introspect(gateway)).errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await gateway.stop();
    }
    const configured = await gatewayIn('production', { GRAPHQL_INTROSPECTION: 'true', GRAPHQL_IDE: 'true' });
    try {
      expect((await introspect(configured)).data).toBeDefined();
      expect((await fetch(configured.url.replace(/\/graphql$/, '/'))).status).toBe(200);
    } finally {
      await configured.stop();
    }
  });
});
