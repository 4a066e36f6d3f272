import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { ANALYSIS_EVENT_TYPES, SCRAPING_EVENT_TYPES } from '../../schema/graphql/event.types.js';
import { AnalysisResolver } from './analysis.resolver.js';
import { JobResolver } from './job.resolver.js';
import { ScrapingResolver } from './scraping.resolver.js';
/** The one GraphQL schema of the gateway. */
export function buildGatewaySchema(pubSub) {
    return buildSchema({
        resolvers: [JobResolver, ScrapingResolver, AnalysisResolver],
        orphanedTypes: [...SCRAPING_EVENT_TYPES, ...ANALYSIS_EVENT_TYPES],
        pubSub,
        validate: { forbidUnknownValues: false },
    });
}
//# sourceMappingURL=build-schema.js.map