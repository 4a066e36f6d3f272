/** The port is taken (or not allowed): the operator must free it or choose another with PORT. Fatal. */
export class PortUnavailableError extends Error {
    name = 'PortUnavailableError';
}
/**
 * Listens on `host:port` and resolves with the port actually bound (useful with port 0).
 * @throws PortUnavailableError when the port is in use or may not be bound; other errors as they are
 */
export async function listenOn(server, port, host) {
    await new Promise((resolve, reject) => {
        const onError = (error) => {
            if (error.code === 'EADDRINUSE') {
                reject(new PortUnavailableError(`Port ${port} on ${host} is already in use; set PORT`, { cause: error }));
            }
            else if (error.code === 'EACCES') {
                reject(new PortUnavailableError(`Port ${port} on ${host} may not be opened by this user; set PORT`, { cause: error }));
            }
            else if (error.code === 'EADDRNOTAVAIL') {
                reject(new PortUnavailableError(`Address ${host} is not available on this machine; set HOST`, { cause: error }));
            }
            else {
                reject(error);
            }
        };
        server.once('error', onError);
        server.listen(port, host, () => {
            server.off('error', onError);
            resolve();
        });
    });
    return server.address().port;
}
//# sourceMappingURL=listen.js.map