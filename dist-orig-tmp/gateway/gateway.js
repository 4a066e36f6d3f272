import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { WebSocketServer } from 'ws';
import { defaultLogger, warnTo } from '../observability/logger.js';
import { addGaugeSource, deadLetters as deadLettersCounter, QUEUE_DEPTH_GAUGE, RUNNING_JOBS_GAUGE } from '../observability/metrics.js';
import { sendMetrics } from '../observability/metrics-server.js';
import { ACTOR_CONSUMER, subjects, WORK_STREAM } from '../schema/subjects.js';
import { parseWork } from '../schema/work.js';
import { BusPubSub } from './graphql/bus-pubsub.js';
import { buildGatewaySchema } from './graphql/build-schema.js';
import { withLocalDelivery } from './graphql/local-event-delivery.js';
import { serveGraphqlWs } from './graphql/socket-server.js';
import { EXPORT_PATH, PEOPLE_EXPORT_PATH, sendExport } from './http/exports.route.js';
import { createGraphqlHandler } from './http/graphql-handler.js';
import { formatGraphqlError } from './graphql/format-error.js';
import { createUploadRoute } from './http/uploads.route.js';
import { sendJson } from './http/http-util.js';
import { createSchemaSdlRoute, SCHEMA_SDL_PATH } from './http/schema-sdl.route.js';
import { logGraphqlError, logRefusal, watchRefusedResponse } from './http/refused-requests.js';
import { listenOn } from './http/listen.js';
import { serveWhileStarting } from './http/starting.route.js';
import { serveClient } from './http/static-client.js';
import { startActorIngest } from './jobs/actor-ingest.js';
import { JobService } from './jobs/job-service.js';
import { JobEventStreams } from './jobs/job-event-stream.js';
import { startJobStateResponder } from './jobs/job-state-responder.js';
import { openStore } from './store/open-store.js';
import { ApiKeyRing } from './security/api-keys.js';
import { createSecurityPlugin } from './security/apollo-security-plugin.js';
import { applyCors, isWebSocketOriginAllowed } from './security/cors.js';
import { maskInternalError } from './security/error-masking.js';
import { isHostHeaderAllowed, sendHostNotAllowed } from './security/host-check.js';
import { authenticateRequest, isApiPath, sendRateLimited, sendUnauthorized } from './security/http-auth.js';
import { JobAdmission } from './security/job-admission.js';
import { MutationGuard } from './security/mutation-guard.js';
import { jobListSizes } from './security/job-list-sizes.js';
import { ANALYSIS_LIMIT_RANGES } from '../schema/analysis-limits.js';
import { checkUploadCsrf } from './security/upload-csrf.js';
import { resolveSecuritySettings } from './security/security-settings.js';
import { createSocketServerOptions } from './security/socket-security.js';
/** Addresses of the GraphiQL playground (served by `static-client.ts`). */
const PLAYGROUND_PATHS = new Set(['/graphiql', '/graphiql/', '/graphiql.html']);
/**
 * Opens the store (locking the data directory), then the HTTP port, then waits for the bus and
 * starts everything else; until then only the health endpoints answer.
 * @throws DataDirLockedError, PortUnavailableError (both fatal), or what the bus promise rejects with
 */
export async function startGateway(options) {
    const host = options.host ?? '127.0.0.1';
    const store = await openStore({
        dataDir: options.dataDir ?? './data',
        ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
        ...(options.databasePoolSize ? { poolSize: options.databasePoolSize } : {}),
        ...(options.warn ? { warn: options.warn } : {}),
    });
    const reason = `waiting for ${options.waitingFor ?? 'the message bus'}`;
    let handler = (req, res) => void serveWhileStarting(req, res, { reason, store });
    const server = http.createServer((req, res) => handler(req, res));
    let port;
    try {
        port = await listenOn(server, options.port ?? 4000, host);
    }
    catch (error) {
        await store.close();
        throw error;
    }
    try {
        const bus = await options.bus;
        return await startServices({ ...options, bus }, { store, server, host, port, serve: (ready) => (handler = ready) });
    }
    catch (error) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(() => resolve()));
        await store.close();
        throw error;
    }
}
async function startServices(options, started) {
    const { bus } = options;
    const { store, server, host, port } = started;
    const logger = options.logger ?? defaultLogger();
    const warn = options.warn ?? warnTo(logger);
    const security = resolveSecuritySettings(options.security);
    const uploadTtlMs = (options.uploadTtlSeconds ?? 24 * 3600) * 1000;
    if (!(uploadTtlMs > 0) || !Number.isFinite(uploadTtlMs))
        throw new RangeError(`uploadTtlSeconds must be a positive number, got ${String(options.uploadTtlSeconds)}`);
    const keyRing = new ApiKeyRing(security.apiKeys);
    /** Open mode on a loopback address serves loopback Host names only (DNS rebinding). */
    const hostAllowed = (req) => isHostHeaderAllowed(req.headers.host, options.host ?? '127.0.0.1', !keyRing.enabled);
    const mutationGuard = new MutationGuard({ perMinute: keyRing.enabled ? security.mutationsPerMinute : 0, store });
    let outboxCommits = 0;
    const crashAt = options.crashAfterOutboxCommit;
    const pubSub = new BusPubSub(bus);
    const jobs = new JobService({
        store,
        bus: withLocalDelivery(bus, pubSub),
        warn,
        logger,
        ...(options.outbox ? { outbox: options.outbox } : {}),
        ...(crashAt === undefined
            ? {}
            : {
                afterOutboxCommit: () => {
                    if (++outboxCommits === crashAt)
                        process.kill(process.pid, 'SIGKILL');
                },
            }),
        admission: new JobAdmission({ maxActiveJobsPerOwner: security.maxActiveJobsPerKey, maxPagesPerJob: security.maxPagesPerJob }),
    });
    const eventStreams = new JobEventStreams();
    const schema = await buildGatewaySchema(pubSub);
    /** Owner of each authenticated HTTP request, read by the GraphQL context. */
    const requestOwners = new WeakMap();
    const context = async (req) => ({ jobs, pubSub, owner: requestOwners.get(req) ?? null });
    const maxUploadRows = options.maxUploadRows ?? 10_000;
    /** One whole job's companies per operation: the largest job, whichever way it was started. */
    const listLimits = {
        maxListItems: Math.max(ANALYSIS_LIMIT_RANGES.companies.max, maxUploadRows),
        listSizeFor: (owner) => jobListSizes(store, owner, Math.max(ANALYSIS_LIMIT_RANGES.companies.max, maxUploadRows)),
    };
    const apollo = new ApolloServer({
        schema,
        plugins: [
            ApolloServerPluginLandingPageDisabled(),
            createSecurityPlugin({ limits: { maxDepth: security.maxQueryDepth, maxComplexity: security.maxQueryComplexity }, mutationGuard, listLimits }),
        ],
        stopOnTerminationSignals: false, // the process decides how to shut down (main/lifecycle.ts)
        formatError: (formatted, error) => {
            logGraphqlError(logger, formatted, error);
            return maskInternalError(formatGraphqlError(formatted), security.production);
        },
        includeStacktraceInErrorResponses: !security.production,
        introspection: security.introspection,
        parseOptions: { maxLexicalTokens: security.maxQueryTokens },
    });
    await apollo.start();
    const graphqlHandler = createGraphqlHandler({ apollo, context });
    const schemaSdlRoute = createSchemaSdlRoute(schema, security.introspection);
    const uploadRoute = createUploadRoute({
        store,
        maxUploadBytes: options.maxUploadBytes ?? 16 * 1024 * 1024,
        maxUploadRows,
    });
    const ready = async () => {
        const checks = { bus: bus.isConnected(), store: false, browser: false };
        try {
            checks.store = await store.ping();
        }
        catch {
            checks.store = false;
        }
        try {
            const reply = (await bus.request(subjects.actorHealth, {}, options.actorHealthTimeoutMs ?? 2000));
            checks.browser = reply?.browser === true;
        }
        catch {
            checks.browser = false;
        }
        return checks;
    };
    const route = async (req, res) => {
        const url = new URL(req.url ?? '/', 'http://gateway');
        if (!hostAllowed(req))
            return sendHostNotAllowed(res);
        if (applyCors(req, res, security.corsOrigins))
            return;
        // Public without a key: health (orchestrators probe without credentials), the SDL, the client's files, the playground.
        if (req.method === 'GET' && url.pathname === '/healthz')
            return sendJson(res, 200, { status: 'ok' });
        if ((req.method === 'GET' || req.method === 'HEAD') && url.pathname === SCHEMA_SDL_PATH)
            return schemaSdlRoute(res, req.method);
        if (req.method === 'GET' && url.pathname === '/readyz') {
            const checks = await ready();
            const ok = Object.values(checks).every(Boolean);
            return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', checks });
        }
        const auth = authenticateRequest(req, keyRing);
        if (isApiPath(url.pathname) && !auth.ok) {
            return sendUnauthorized(res, { graphql: url.pathname === '/graphql', keyPresented: auth.keyPresented });
        }
        if (url.pathname === '/metrics' && req.method === 'GET') {
            if (!auth.ok)
                return sendUnauthorized(res, { graphql: false, keyPresented: auth.keyPresented });
            return sendMetrics(res);
        }
        const owner = auth.ok ? auth.owner : null;
        if (url.pathname === '/graphql') {
            requestOwners.set(req, owner);
            return graphqlHandler(req, res, url);
        }
        if (url.pathname === '/uploads') {
            if (req.method !== 'POST')
                return sendJson(res, 405, { error: 'Use POST with a multipart field named "file"' });
            const csrf = checkUploadCsrf(req, security.corsOrigins);
            if (csrf) {
                req.resume(); // the body is dropped, but read, so the client gets the answer rather than a broken pipe
                return sendJson(res, csrf.status, { error: csrf.error, code: csrf.code });
            }
            const rate = await mutationGuard.admitUpload(owner);
            if (!rate.allowed)
                return sendRateLimited(res, rate.retryAfterSeconds);
            return uploadRoute(req, res, owner);
        }
        const exportMatch = EXPORT_PATH.exec(url.pathname);
        if (exportMatch && req.method === 'GET')
            return sendExport(res, store, exportMatch[1], exportMatch[2], owner, url.searchParams);
        const peopleExportMatch = PEOPLE_EXPORT_PATH.exec(url.pathname);
        if (peopleExportMatch && req.method === 'GET')
            return sendExport(res, store, peopleExportMatch[1], 'people.csv', owner);
        if (!security.playground && PLAYGROUND_PATHS.has(url.pathname)) {
            return sendJson(res, 404, { error: 'The GraphQL playground is off (set PROSPECTLAB_PLAYGROUND=1 to turn it on)' });
        }
        if (req.method === 'GET' || req.method === 'HEAD') {
            if (await serveClient(url.pathname, res, { sourceMaps: !security.production }))
                return;
        }
        sendJson(res, 404, { error: `Not found: ${req.method} ${url.pathname}` });
    };
    started.serve((req, res) => {
        watchRefusedResponse(logger, req, res);
        route(req, res).catch((error) => {
            warn('Request failed', error);
            if (!res.headersSent)
                sendJson(res, 500, { error: 'Internal server error' });
            else
                res.destroy();
        });
    });
    const wss = new WebSocketServer({
        server,
        path: '/graphql',
        maxPayload: 1024 * 1024,
        verifyClient: ({ req }, done) => hostAllowed(req) && isWebSocketOriginAllowed(req, security.corsOrigins) ? done(true) : done(false, 403, 'Origin or Host not allowed'),
    });
    const socketOptions = createSocketServerOptions({
        schema,
        keyRing,
        settings: security,
        mutationGuard,
        listLimits,
        context: (owner) => ({ jobs, pubSub, owner, eventStreams }),
    });
    const wsServer = serveGraphqlWs({
        ...socketOptions,
        async onConnect(ctx) {
            const admitted = await socketOptions.onConnect(ctx);
            if (admitted === false)
                logRefusal(logger, { code: 'UNAUTHENTICATED', transport: 'graphql-ws' }, 'Refused graphql-ws connection: UNAUTHENTICATED');
            return admitted;
        },
        async onSubscribe(ctx, id, payload) {
            const prepared = await socketOptions.onSubscribe(ctx, id, payload);
            if (Array.isArray(prepared))
                for (const error of prepared)
                    logGraphqlError(logger, error.toJSON(), error);
            return prepared;
        },
    }, wss);
    await bus.ensureStream(WORK_STREAM);
    const responder = startJobStateResponder(bus, store);
    const ingest = await startActorIngest({ bus, jobs, warn });
    const deadLetters = await bus.watchDeadLetters(WORK_STREAM, ACTOR_CONSUMER, async (letter) => {
        let work;
        try {
            work = parseWork(letter.data);
        }
        catch (error) {
            warn(`Dropping an unreadable dead letter on ${letter.subject}`, error);
            return;
        }
        deadLettersCounter.inc();
        warn(`Work for job ${work.jobId} ran out of deliveries (${letter.deliveryCount}); reporting it failed`);
        await jobs.applyDeadWork(work, letter.deliveryCount); // a store failure leaves the letter for a retry
    });
    const jobTimeoutMs = (options.jobTimeoutSeconds ?? 6 * 3600) * 1000;
    const expiry = setInterval(() => {
        jobs
            .expireJobs(jobTimeoutMs)
            .then((ids) => ids.forEach((id) => warn(`Job ${id} timed out after ${jobTimeoutMs / 1000} s`)))
            .catch((error) => warn('Checking job timeouts failed', error));
    }, Math.min(30_000, Math.max(500, jobTimeoutMs / 4)));
    expiry.unref();
    const sweepUploads = () => {
        store.analysis.deleteUploadsCreatedBefore(new Date(Date.now() - uploadTtlMs)).catch((error) => warn('Deleting expired uploads failed', error));
    };
    sweepUploads();
    const uploadSweep = setInterval(sweepUploads, Math.min(3_600_000, Math.max(250, uploadTtlMs / 4)));
    uploadSweep.unref();
    if (options.requeueUnfinishedJobs)
        await jobs.requeueUnfinished();
    const removeGaugeSources = [
        addGaugeSource(RUNNING_JOBS_GAUGE, store, async () => {
            const byKind = new Map([
                ['SCRAPING', 0],
                ['ANALYSIS', 0],
            ]);
            for (const job of await store.unfinishedJobs())
                byKind.set(job.kind, (byKind.get(job.kind) ?? 0) + 1);
            return [...byKind].map(([kind, n]) => [{ kind }, n]);
        }),
        addGaugeSource(QUEUE_DEPTH_GAUGE, bus, async () => [[{}, (await bus.storedMessageCount?.(WORK_STREAM.name)) ?? 0]]),
    ];
    jobs.startDispatching();
    let closing = null;
    return {
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
        port,
        jobs,
        liveEvents: () => ({ busSubscriptions: pubSub.openSubscriptions, streams: eventStreams.size, mostBufferedEvents: eventStreams.mostBufferedEvents }),
        close() {
            closing ??= (async () => {
                clearInterval(expiry);
                for (const remove of removeGaugeSources)
                    remove();
                clearInterval(uploadSweep);
                deadLetters.stop();
                await ingest.stop();
                await jobs.stop();
                responder.unsubscribe();
                await wsServer.dispose();
                await new Promise((resolve) => wss.close(() => resolve()));
                server.closeAllConnections();
                await new Promise((resolve) => server.close(() => resolve()));
                await apollo.stop();
                await store.close();
            })();
            return closing;
        },
    };
}
//# sourceMappingURL=gateway.js.map