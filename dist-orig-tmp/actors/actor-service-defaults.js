/** Defaults of an actor service's work settings, stated once for the service and the process configuration. */
export const ACTOR_SERVICE_DEFAULTS = Object.freeze({
    /** Jobs one service works on at once. */
    maxConcurrentJobs: 2,
    /** Work not reported alive for this long is redelivered to another service, in ms. */
    ackWaitMs: 30_000,
    /** Deliveries of one work message before it is reported failed. */
    maxDeliver: 5,
});
//# sourceMappingURL=actor-service-defaults.js.map