/** Opening the gateway's HTTP port, with a clear error when it is taken. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The port is taken (or not allowed): the operator must free it or choose another with PORT. Fatal. */
export class PortUnavailableError extends Error {
  override readonly name = 'PortUnavailableError';
}

/**
 * Listens on `host:port` and resolves with the port actually bound (useful with port 0).
 * @throws PortUnavailableError when the port is in use or may not be bound; other errors as they are
 */
export async function listenOn(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      if (error.code === 'EADDRINUSE') {
        reject(new PortUnavailableError(`Port ${port} on ${host} is already in use; set PORT`, { cause: error }));
      } else if (error.code === 'EACCES') {
        reject(new PortUnavailableError(`Port ${port} on ${host} may not be opened by this user; set PORT`, { cause: error }));
      } else if (error.code === 'EADDRNOTAVAIL') {
        reject(new PortUnavailableError(`Address ${host} is not available on this machine; set HOST`, { cause: error }));
      } else {
        reject(error);
      }
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}
