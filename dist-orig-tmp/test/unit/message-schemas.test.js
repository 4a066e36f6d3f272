import { expect } from 'chai';
import { z } from 'zod';
import { ActorMessageSchema, parseActorMessage, sharedFields } from '../../schema/actor-messages.js';
import { isTerminalEvent, JobEventSchema, parseJobEvent } from '../../schema/job-events.js';
import { TERMINAL_EVENT_TYPE_NAMES } from '../../schema/terminal-events.js';
import { InvalidMessageError } from '../../schema/wire.js';
import { parseWork } from '../../schema/work.js';
const AT = '2026-01-02T03:04:05.000Z';
const EMAIL = { address: 'a@b.fr', pageUrl: 'https://b.fr/contact', context: 'write to a@b.fr' };
/** A minimal report: the parser of company-report.ts fills the optional parts. */
const REPORT = {
    name: 'B',
    website: 'https://b.fr',
    finalUrl: 'https://b.fr/',
    status: 'OK',
    error: null,
    title: null,
    description: null,
    language: 'fr',
    emails: [],
    phones: [],
    socialProfiles: [],
    technologies: [],
    sector: null,
    opportunity: null,
    pagesVisited: 3,
    httpStatus: 200,
    https: true,
    responseTimeMs: 12.5,
    input: { name: 'B', website: 'b.fr' },
};
const actorBase = { id: 'm1', jobId: 'j1', at: AT };
const ACTOR_MESSAGES = [
    { ...actorBase, type: 'scrape.started', url: 'https://b.fr' },
    { ...actorBase, type: 'scrape.progress', visited: 3, emails: 1, elapsedSeconds: 1.5, currentUrl: 'https://b.fr/x' },
    { ...actorBase, type: 'scrape.email', email: EMAIL },
    { ...actorBase, type: 'scrape.completed', visited: 3, emails: 1, elapsedSeconds: 2 },
    { ...actorBase, type: 'scrape.failed', error: 'refused', visited: 0, emails: 0 },
    { ...actorBase, type: 'company.started', index: 0 },
    { ...actorBase, type: 'company.progress', index: 1, pagesVisited: 2, currentUrl: 'https://b.fr/' },
    { ...actorBase, type: 'company.completed', index: 2, report: REPORT },
    { ...actorBase, type: 'company.failed', index: 3, error: 'timeout', pagesVisited: 0 },
];
const eventBase = { jobId: 'j1', seq: 4, at: AT };
const JOB_EVENTS = [
    { ...eventBase, type: 'ScrapingStarted', url: 'https://b.fr' },
    { ...eventBase, type: 'ScrapingProgress', visited: 3, emails: 1, elapsedSeconds: 1.5, currentUrl: 'https://b.fr/x' },
    { ...eventBase, type: 'ScrapingEmailFound', email: EMAIL },
    { ...eventBase, type: 'ScrapingCompleted', visited: 3, emails: 1, elapsedSeconds: 2 },
    { ...eventBase, type: 'ScrapingFailed', error: 'refused' },
    { ...eventBase, type: 'ScrapingCancelled', visited: 3, emails: 1 },
    { ...eventBase, type: 'AnalysisStarted', total: 5 },
    { ...eventBase, type: 'AnalysisProgress', current: 1, total: 5, percentage: 20, message: 'Analysed B', company: 'B' },
    { ...eventBase, type: 'AnalysisItemFailed', company: 'B', error: 'timeout' },
    { ...eventBase, type: 'AnalysisCompleted', total: 5, succeeded: 4, failed: 1, durationMs: 1234 },
    { ...eventBase, type: 'AnalysisFailed', error: 'expired' },
    { ...eventBase, type: 'AnalysisCancelled', current: 1, total: 5 },
];
const LIMITS = { maxDepth: 2, maxPages: 10, maxDurationSeconds: 60, concurrency: 2, delayMs: 0 };
const COMPANY = { name: 'B', website: 'https://b.fr', category: null, address: null, phone: null, country: 'FR', rating: 4.5, reviewsCount: 12 };
const WORK = [
    { type: 'scrape', jobId: 'j1', url: 'https://b.fr', limits: LIMITS },
    { type: 'company', jobId: 'j1', index: 0, company: COMPANY, limits: { maxPages: 10, maxDepth: 2, delayMs: 0 } },
];
const PARSERS = [
    { name: 'parseActorMessage', parse: parseActorMessage, valid: ACTOR_MESSAGES },
    { name: 'parseJobEvent', parse: parseJobEvent, valid: JOB_EVENTS },
    { name: 'parseWork', parse: parseWork, valid: WORK },
];
/** Each valid message with one field replaced (undefined: removed). */
function withField(message, key, value) {
    if (value === undefined) {
        const { [key]: _removed, ...rest } = message;
        return rest;
    }
    return { ...message, [key]: value };
}
function expectInvalid(parse, value, message) {
    let thrown;
    try {
        parse(value);
    }
    catch (error) {
        thrown = error;
    }
    expect(thrown, JSON.stringify(value)).to.be.instanceOf(InvalidMessageError);
    expect(thrown.message).to.match(message);
    expect(thrown.cause).to.be.instanceOf(z.ZodError);
}
describe('message schemas', () => {
    for (const { name, parse, valid } of PARSERS) {
        describe(name, () => {
            for (const message of valid) {
                it(`accepts a valid ${String(message.type)}`, () => {
                    const parsed = parse(message);
                    for (const [key, value] of Object.entries(message)) {
                        if (key !== 'report')
                            expect(parsed[key], key).to.deep.equal(value);
                    }
                });
                it(`drops unknown fields of ${String(message.type)}`, () => {
                    const parsed = parse({ ...message, addedLater: 42 });
                    expect(parsed).not.to.have.property('addedLater');
                });
                for (const key of Object.keys(message).filter((k) => k !== 'type')) {
                    it(`rejects ${String(message.type)} without ${key}`, () => {
                        expectInvalid(parse, withField(message, key, undefined), new RegExp(key));
                    });
                }
            }
            const sample = valid[0];
            const cases = [
                { what: 'a non-object', value: 'hello', message: /expected object/ },
                { what: 'null', value: null, message: /expected object/ },
                { what: 'an array', value: [sample], message: /expected object/ },
                { what: 'an unknown type tag', value: withField(sample, 'type', 'scrape.unknown'), message: /type/ },
                { what: 'no type tag', value: withField(sample, 'type', undefined), message: /type/ },
                { what: 'a number as type tag', value: withField(sample, 'type', 7), message: /type/ },
                { what: 'a number for a string field', value: withField(sample, 'jobId', 12), message: /jobId: .*string/ },
            ];
            for (const { what, value, message } of cases) {
                it(`rejects ${what}`, () => expectInvalid(parse, value, message));
            }
        });
    }
    describe('ill-typed fields', () => {
        const progress = ACTOR_MESSAGES[1];
        const event = JOB_EVENTS[1];
        const cases = [
            { what: 'a negative count', parse: parseActorMessage, value: withField(progress, 'visited', -1), message: /visited/ },
            { what: 'a fractional count', parse: parseActorMessage, value: withField(progress, 'visited', 1.5), message: /visited: .*int/ },
            { what: 'a string count', parse: parseActorMessage, value: withField(progress, 'visited', '3'), message: /visited: .*number/ },
            { what: 'an infinite number', parse: parseActorMessage, value: withField(progress, 'elapsedSeconds', Infinity), message: /elapsedSeconds/ },
            { what: 'NaN', parse: parseActorMessage, value: withField(progress, 'elapsedSeconds', Number.NaN), message: /elapsedSeconds/ },
            { what: 'a bad `at` date', parse: parseActorMessage, value: withField(progress, 'at', 'yesterday'), message: /at: must be an ISO date/ },
            { what: 'a numeric `at`', parse: parseActorMessage, value: withField(progress, 'at', 1_700_000_000), message: /at: .*string/ },
            { what: 'a bad event `at` date', parse: parseJobEvent, value: withField(event, 'at', 'soon'), message: /at: must be an ISO date/ },
            { what: 'a fractional seq', parse: parseJobEvent, value: withField(event, 'seq', 1.5), message: /seq/ },
            {
                what: 'a nested e-mail without address',
                parse: parseActorMessage,
                value: { ...ACTOR_MESSAGES[2], email: { ...EMAIL, address: undefined } },
                message: /email\.address/,
            },
            { what: 'a nested e-mail that is a string', parse: parseJobEvent, value: { ...JOB_EVENTS[2], email: 'a@b.fr' }, message: /email: .*object/ },
            {
                what: 'a company report without pagesVisited',
                parse: parseActorMessage,
                value: { ...ACTOR_MESSAGES[7], report: { ...REPORT, pagesVisited: undefined } },
                message: /report: pagesVisited must be/,
            },
            {
                what: 'a company report that is null',
                parse: parseActorMessage,
                value: { ...ACTOR_MESSAGES[7], report: null },
                message: /report: report must be an object/,
            },
            {
                what: 'scrape limits without maxPages',
                parse: parseWork,
                value: { ...WORK[0], limits: { ...LIMITS, maxPages: undefined } },
                message: /limits\.maxPages/,
            },
            { what: 'a company without a website', parse: parseWork, value: { ...WORK[1], company: { ...COMPANY, website: null } }, message: /company\.website/ },
            { what: 'a company rating as a string', parse: parseWork, value: { ...WORK[1], company: { ...COMPANY, rating: '4.5' } }, message: /company\.rating/ },
        ];
        for (const { what, parse, value, message } of cases) {
            it(`rejects ${what}`, () => expectInvalid(parse, value, message));
        }
    });
    it('parses the company report with its own parser (defaults filled in)', () => {
        const parsed = parseActorMessage(ACTOR_MESSAGES[7]);
        expect(parsed.report.people).to.deep.equal([]);
        expect(parsed.report.input.website).to.equal('b.fr');
    });
    it('fills absent optional company fields of work with null', () => {
        const work = parseWork({ ...WORK[1], company: { name: 'B', website: 'https://b.fr' } });
        expect(work.type === 'company' && work.company).to.deep.equal({ ...COMPANY, country: null, rating: null, reviewsCount: null });
    });
    it('passes the fields a message shares with its job event, without id, jobId, at and type', () => {
        const message = parseActorMessage(ACTOR_MESSAGES[1]);
        expect(sharedFields(message)).to.deep.equal({ visited: 3, emails: 1, elapsedSeconds: 1.5, currentUrl: 'https://b.fr/x' });
    });
    it('knows the terminal event types, each a job event type', () => {
        const typeTags = JOB_EVENTS.map((e) => e.type);
        for (const name of TERMINAL_EVENT_TYPE_NAMES)
            expect(typeTags).to.include(name);
        expect(JOB_EVENTS.filter((e) => isTerminalEvent(e)).map((e) => e.type)).to.have.members([...TERMINAL_EVENT_TYPE_NAMES]);
    });
    it('exports the job events as JSON schema', () => {
        const json = z.toJSONSchema(JobEventSchema);
        expect(json.oneOf?.length).to.equal(JOB_EVENTS.length);
    });
    it('exports the actor messages as JSON schema (the hand-parsed company report as any value)', () => {
        const json = z.toJSONSchema(ActorMessageSchema, { io: 'input', unrepresentable: 'any' });
        expect(json.oneOf?.length).to.equal(ACTOR_MESSAGES.length);
    });
});
//# sourceMappingURL=message-schemas.test.js.map