/** The environment of a gateway process started by the bench: its own store, no abuse limits, local sites allowed. */
export function benchGatewayEnv(natsUrl, dataDir) {
    return {
        NATS_URL: natsUrl,
        PROSPECTLAB_DATA_DIR: dataDir,
        PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1',
        PROSPECTLAB_MUTATIONS_PER_MINUTE: '0',
        PROSPECTLAB_MAX_JOBS_PER_KEY: '0',
    };
}
//# sourceMappingURL=bench-gateway.js.map