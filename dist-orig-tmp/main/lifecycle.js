/** Runs `stop` once on SIGINT/SIGTERM, then exits; a second signal exits at once. */
export function stopOnSignals(name, stop, logger) {
    let stopping = false;
    const onSignal = (signal) => {
        if (stopping)
            process.exit(130);
        stopping = true;
        if (logger)
            logger.info({ event: 'shutdown', signal }, `${name}: ${signal} received, shutting down`);
        else
            console.log(`${name}: ${signal} received, shutting down`);
        stop()
            .then(() => {
            logger?.info({ event: 'stopped' }, `${name}: stopped`);
            process.exit(0);
        })
            .catch((error) => {
            if (logger)
                logger.error({ err: error }, `${name}: shutdown failed`);
            else
                console.error(`${name}: shutdown failed`, error);
            process.exit(1);
        });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
}
/**
 * Errors the operator fixes from their message alone (configuration, port in use, data directory
 * held by another process, NATS refusing us): one line, no stack trace.
 */
const OPERATOR_ERRORS = new Set([
    'FatalConfigError',
    'InvalidNatsConfigError',
    'PortUnavailableError',
    'DataDirLockedError',
    'BusUnavailableError',
    'DatabaseUnavailableError',
]);
/** Prints a fatal start-up error (a stack trace only for unexpected ones) and exits with code 1. */
export function failStart(name, error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${name}: could not start: ${message}`);
    if (!(error instanceof Error) || !OPERATOR_ERRORS.has(error.name))
        console.error(error);
    process.exit(1);
}
//# sourceMappingURL=lifecycle.js.map