import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { startGateway } from '../gateway';
import { databaseUrlOf } from '../hub/start';
import { accreditation } from '../services/accreditation';
import { readConfig, subgraphPort, subgraphUrl } from '../platform/config';
import { freePort } from '../platform/ports';
import { startSubgraph } from '../platform/subgraph';
import { AccreditationHealthDocument } from './generated/graphql';

describe("a subgraph's URL follows its port unless set", () => {
  it('moves the URL with the port, keeps a URL that is set, and keeps the defaults otherwise', () => {
    const config = readConfig({ ACCREDITATION_PORT: '4101', CATALOGUE_PORT: '4102', CATALOGUE_URL: 'http://catalogue.internal:8080/graphql' });
    expect(subgraphUrl(config, 'accreditation')).toBe('http://localhost:4101/graphql');
    expect(subgraphUrl(config, 'catalogue')).toBe('http://catalogue.internal:8080/graphql');
    expect(subgraphUrl(config, 'awards')).toBe('http://localhost:4003/graphql');
    expect(subgraphUrl(config, 'verification')).toBe('http://localhost:4004/graphql');
  });

  it('lets the gateway reach a subgraph started on another port when only <NAME>_PORT is set, as for separate hosts', async () => {
    const serverUrl = process.env.TEST_DATABASE_URL!;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-ports-'));
    // The same environment for both parts, as the README's commands for separate hosts give them.
    const environment = {
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      DATABASE_URL: serverUrl,
      DATABASE_PREFIX: `t${randomBytes(5).toString('hex')}`,
      ACCREDITATION_PORT: String(await freePort()),
    };
    const config = readConfig(environment);
    const subgraph = await startSubgraph(accreditation, {
      config,
      databaseUrl: databaseUrlOf(config, serverUrl, 'accreditation'),
      port: subgraphPort(config, 'accreditation'),
      host: '127.0.0.1',
    });
    const gateway = await startGateway({ config: readConfig(environment), port: 0, host: '127.0.0.1' });
    try {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(AccreditationHealthDocument) }),
      });
      expect(await response.json()).toEqual({ data: { accreditationHealth: { database: true } } });
    } finally {
      await gateway.stop();
      await subgraph.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
