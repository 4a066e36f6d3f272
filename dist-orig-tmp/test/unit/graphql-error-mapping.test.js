import { expect } from 'chai';
import { GraphQLError } from 'graphql';
import { toGraphqlError, withClientErrors } from '../../gateway/graphql/errors.js';
import { InvalidJobInputError, JobNotFoundError } from '../../gateway/jobs/job-service.js';
import { JobLimitExceededError, MutationBatchTooLargeError, RateLimitedError } from '../../gateway/security/admission-errors.js';
import { InvalidCursorError } from '../../gateway/store/job-store.js';
import { InvalidJobLabelError } from '../../schema/job-label.js';
const CASES = [
    {
        error: new InvalidJobInputError('url is longer than 2048 characters', 'url'),
        message: 'url is longer than 2048 characters',
        extensions: { code: 'BAD_USER_INPUT', field: 'url' },
    },
    { error: new InvalidCursorError('Invalid cursor'), message: 'Invalid cursor', extensions: { code: 'BAD_USER_INPUT', field: 'after' } },
    { error: new InvalidJobLabelError('label is too long'), message: 'label is too long', extensions: { code: 'BAD_USER_INPUT', field: 'label' } },
    { error: new JobNotFoundError('j-1'), message: 'No job with id "j-1"', extensions: { code: 'JOB_NOT_FOUND', jobId: 'j-1' } },
    {
        error: new JobLimitExceededError(2),
        message: 'This API key already has 2 queued or running jobs, the most allowed; wait for one to finish or cancel one',
        extensions: { code: 'TOO_MANY_JOBS', maxActiveJobs: 2 },
    },
    {
        error: new RateLimitedError(15, 4),
        message: 'Too many mutations: this API key may make 4 per minute; retry in 15 s',
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 15 },
    },
    {
        error: new MutationBatchTooLargeError(3, 2),
        message: 'One operation may contain at most 2 mutations (got 3); split it',
        extensions: { code: 'RATE_LIMITED' },
    },
];
describe('domain errors → client-facing GraphQL errors (gateway/graphql/errors.ts)', () => {
    for (const { error, message, extensions } of CASES) {
        it(`maps ${error.name} to ${String(extensions.code)}`, () => {
            const mapped = toGraphqlError(error);
            expect(mapped).to.be.instanceOf(GraphQLError);
            expect(mapped.message).to.equal(message);
            expect(mapped.extensions).to.deep.equal(extensions);
            expect(mapped.originalError, 'the domain error is kept as the cause').to.equal(error);
        });
    }
    for (const other of [new Error('disk full'), new TypeError('x is undefined'), new GraphQLError('already mapped'), 'a string']) {
        it(`returns any other error unchanged (${String(other)})`, () => {
            expect(toGraphqlError(other)).to.equal(other);
        });
    }
    it('withClientErrors rejects with the mapped error, and resolves like the work', async () => {
        expect(await withClientErrors(Promise.resolve(7))).to.equal(7);
        const rejected = await withClientErrors(Promise.reject(new JobLimitExceededError(1))).catch((error) => error);
        expect(rejected).to.be.instanceOf(GraphQLError);
        expect(rejected.extensions).to.deep.equal({ code: 'TOO_MANY_JOBS', maxActiveJobs: 1 });
    });
});
//# sourceMappingURL=graphql-error-mapping.test.js.map