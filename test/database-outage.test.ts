import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { startTestHub, type TestHub } from './support/hub';

/**
 * PostgreSQL going away under a running hub: the catalogue's database is reached through a TCP relay this test
 * owns, and the relay is cut. Clients must be able to tell an outage from a bug, and /health says which part.
 */
let hub: TestHub;
let relay: net.Server;
const sockets = new Set<net.Socket>();

beforeAll(async () => {
  const server = new URL(process.env.TEST_DATABASE_URL!);
  relay = net.createServer((client) => {
    const upstream = net.connect(Number(server.port), server.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const relayed = new URL(server.href);
  relayed.hostname = '127.0.0.1';
  relayed.port = String((relay.address() as net.AddressInfo).port);
  relayed.pathname = `/t${randomBytes(5).toString('hex')}_catalogue`;
  hub = await startTestHub({ CATALOGUE_DATABASE_URL: relayed.href });
});
afterAll(async () => {
  await hub?.stop();
  relay?.close();
});

function cutTheDatabase() {
  relay.close();
  for (const socket of sockets) socket.destroy();
}

it('a database outage answers SERVICE_UNAVAILABLE naming the service, the other subgraphs still answer, and /health names the part down', async () => {
  const ask = (query: string) =>
    fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(
      (response) => response.json() as Promise<{ data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] }>,
    );
  const catalogue = '{ microCredentials(first: 1) { nodes { id } } }';
  const health = '{ catalogueHealth { database } accreditationHealth { database } }';
  expect((await ask(catalogue)).errors).toBeUndefined();

  cutTheDatabase();
  const answer = await ask(catalogue);
  expect(answer.errors?.length).toBeGreaterThan(0);
  for (const error of answer.errors!) {
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'catalogue', part: 'database' });
    expect(error.message).not.toMatch(/ECONN|127\.0\.0\.1|localhost|postgres|terminated/i);
  }
  // Health is a question about the database, answered even when it is down; the other subgraphs still answer.
  expect((await ask(health)).data).toEqual({ catalogueHealth: { database: false }, accreditationHealth: { database: true } });

  const status = await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/health'));
  expect(status.status).toBe(503);
  expect(await status.json()).toMatchObject({ status: 'unavailable', down: ['catalogue'], parts: { catalogue: { service: 'up', database: 'down' }, accreditation: { database: 'up' } } });
});
