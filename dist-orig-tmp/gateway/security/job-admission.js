import { InvalidJobInputError } from '../jobs/job-service.js';
import { JobLimitExceededError } from './admission-errors.js';
export class JobAdmission {
    #maxActiveJobsPerOwner;
    #maxPagesPerJob;
    constructor(options) {
        this.#maxActiveJobsPerOwner = options.maxActiveJobsPerOwner;
        this.#maxPagesPerJob = options.maxPagesPerJob;
    }
    /** @throws InvalidJobInputError when `maxPages` is over the cap */
    checkScraping(limits) {
        this.#checkPages(limits.maxPages, 'maxPages');
    }
    /** @throws InvalidJobInputError when `options.maxPagesPerSite` is over the cap */
    checkAnalysis(options) {
        this.#checkPages(options.maxPagesPerSite, 'options.maxPagesPerSite');
    }
    /** @throws JobLimitExceededError (the transaction rolls back: nothing is stored) */
    async admit(tx, owner) {
        if (owner === null || this.#maxActiveJobsPerOwner === 0)
            return;
        await tx.lockOwner(owner);
        if ((await tx.activeJobCount(owner)) >= this.#maxActiveJobsPerOwner)
            throw new JobLimitExceededError(this.#maxActiveJobsPerOwner);
    }
    #checkPages(pages, pagesField) {
        if (pages > this.#maxPagesPerJob) {
            throw new InvalidJobInputError(`${pagesField} must be at most ${this.#maxPagesPerJob} on this server (got ${pages})`, pagesField);
        }
    }
}
//# sourceMappingURL=job-admission.js.map