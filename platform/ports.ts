import net from 'node:net';

/** A TCP port free right now on this machine (for parts started with port 0 that must know it early). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * Holds a free port until `release`, so that nothing else (another test worker's port-0 listener) can take
 * it between choosing it and listening on it.
 */
export function reservePort(): Promise<{ port: number; release(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const holder = net.createServer();
    holder.listen(0, () => {
      const { port } = holder.address() as net.AddressInfo;
      resolve({ port, release: () => new Promise<void>((done) => holder.close(() => done())) });
    });
    holder.on('error', reject);
  });
}

/** Listens, and fails (instead of waiting for ever) when the port cannot be had. */
export function listen(server: net.Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
