/** Admits every job (the default of `JobService`). */
export const ADMIT_ALL = Object.freeze({
    checkScraping: () => undefined,
    checkAnalysis: () => undefined,
    admit: () => Promise.resolve(),
});
//# sourceMappingURL=job-admission-policy.js.map