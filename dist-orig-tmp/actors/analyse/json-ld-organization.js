/** Bounds of what is read from a page's JSON-LD (they guard against product feeds and hostile documents). */
const LIMITS = Object.freeze({
    /** Largest JSON-LD block parsed; bigger ones are product feeds, not company data. */
    jsonLdChars: 1_000_000,
    /** JSON-LD blocks read per page. */
    jsonLdBlocks: 50,
    /** Nesting depth searched for nodes. */
    depth: 16,
    /** Nodes visited per page. */
    nodes: 20_000,
    /** Longest text value kept. */
    valueChars: 500,
    /** `sameAs` links kept. */
    sameAs: 50,
});
/**
 * schema.org types that describe an organisation: Organization, its direct subtypes and the
 * common LocalBusiness subtypes. Other type names ending in a business-like word are accepted
 * by {@link isOrganizationType} too.
 */
const ORGANIZATION_TYPES = new Set([
    'organization',
    'corporation',
    'localbusiness',
    'ngo',
    'educationalorganization',
    'governmentorganization',
    'medicalorganization',
    'sportsorganization',
    'performinggroup',
    'newsmediaorganization',
    'airline',
    'consortium',
    'librarysystem',
    'onlinebusiness',
    'onlinestore',
    'researchorganization',
    'workersunion',
    'fundingscheme',
    'politicalparty',
    'cooperative',
    'searchrescueorganization',
    // LocalBusiness and MedicalOrganization subtypes
    'animalshelter',
    'archiveorganization',
    'autobodyshop',
    'autodealer',
    'autopartsstore',
    'autorental',
    'autorepair',
    'autowash',
    'gasstation',
    'motorcycledealer',
    'motorcyclerepair',
    'childcare',
    'dentist',
    'drycleaningorlaundry',
    'emergencyservice',
    'firestation',
    'hospital',
    'policestation',
    'employmentagency',
    'entertainmentbusiness',
    'adultentertainment',
    'amusementpark',
    'artgallery',
    'casino',
    'comedyclub',
    'movietheater',
    'nightclub',
    'financialservice',
    'accountingservice',
    'automatedteller',
    'bankorcreditunion',
    'insuranceagency',
    'foodestablishment',
    'bakery',
    'barorpub',
    'brewery',
    'cafeorcoffeeshop',
    'distillery',
    'fastfoodrestaurant',
    'icecreamshop',
    'restaurant',
    'winery',
    'governmentoffice',
    'postoffice',
    'healthandbeautybusiness',
    'beautysalon',
    'dayspa',
    'hairsalon',
    'healthclub',
    'nailsalon',
    'tattooparlor',
    'homeandconstructionbusiness',
    'electrician',
    'generalcontractor',
    'hvacbusiness',
    'housepainter',
    'locksmith',
    'movingcompany',
    'plumber',
    'roofingcontractor',
    'internetcafe',
    'legalservice',
    'attorney',
    'notary',
    'library',
    'lodgingbusiness',
    'bedandbreakfast',
    'campground',
    'hostel',
    'hotel',
    'motel',
    'resort',
    'vacationrental',
    'medicalbusiness',
    'medicalclinic',
    'optician',
    'pharmacy',
    'physician',
    'diagnosticlab',
    'veterinarycare',
    'professionalservice',
    'radiostation',
    'realestateagent',
    'recyclingcenter',
    'selfstorage',
    'shoppingcenter',
    'sportsactivitylocation',
    'bowlingalley',
    'exercisegym',
    'golfcourse',
    'publicswimmingpool',
    'skiresort',
    'sportsclub',
    'stadiumorarena',
    'tenniscomplex',
    'store',
    'televisionstation',
    'touristinformationcenter',
    'travelagency',
    'collegeoruniversity',
    'elementaryschool',
    'highschool',
    'middleschool',
    'preschool',
    'school',
    'musicgroup',
    'dancegroup',
    'theatergroup',
]);
/** Type-name endings that mark organisation subtypes absent from the list (`ShoeStore`…). */
const ORGANIZATION_TYPE_ENDINGS = /(?:business|store|shop|organization|agency|restaurant|contractor|salon|clinic)$/;
/** Properties through which a non-organisation node names the site's own organisation. */
const OWNER_PROPERTIES = ['publisher', 'provider', 'organizer', 'creator', 'copyrightHolder', 'author', 'seller', 'worksFor', 'about', 'mainEntity'];
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** Strips `schema:` and `https://schema.org/` prefixes and lower-cases a type name. */
function bareTypeName(type) {
    return type
        .replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '')
        .trim()
        .toLowerCase();
}
/** Whether a schema.org type name (any case, with or without prefix) is an organisation type. */
export function isOrganizationType(type) {
    const name = bareTypeName(type);
    return ORGANIZATION_TYPES.has(name) || ORGANIZATION_TYPE_ENDINGS.test(name);
}
function nodeTypes(node) {
    const type = node['@type'];
    if (typeof type === 'string')
        return [type];
    return Array.isArray(type) ? type.filter((item) => typeof item === 'string') : [];
}
function isOrganizationNode(node) {
    return nodeTypes(node).some(isOrganizationType);
}
/**
 * Parses a JSON-LD block, repairing what sites commonly get wrong: HTML comment or CDATA
 * wrappers, raw line breaks and tabs inside strings, trailing commas.
 * @returns the parsed value, or undefined when it cannot be read
 */
export function parseJsonLd(raw) {
    if (raw.length > LIMITS.jsonLdChars)
        return undefined;
    const trimmed = raw
        .trim()
        .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
        .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
        .trim();
    if (trimmed.length === 0)
        return undefined;
    try {
        return JSON.parse(trimmed);
    }
    catch {
        // Control characters are whitespace outside strings and invalid inside them: a space is
        // right in both places. Trailing commas are removed outside and (rarely) inside strings.
        // eslint-disable-next-line no-control-regex -- raw control characters are what breaks the JSON and must go
        const repaired = trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
        try {
            return JSON.parse(repaired);
        }
        catch {
            return undefined;
        }
    }
}
/** A text value: a string, the first string of an array, a `{ "@value": … }` or a number. */
function textValue(value) {
    if (Array.isArray(value))
        return firstOf(value, textValue);
    if (isObject(value))
        return textValue(value['@value']);
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    if (typeof value !== 'string')
        return null;
    const text = value.replace(/\s+/g, ' ').trim();
    return text.length === 0 ? null : text.slice(0, LIMITS.valueChars);
}
/** The first item of `items` that `read` makes something of. */
function firstOf(items, read) {
    for (const item of items) {
        const value = read(item);
        if (value !== null)
            return value;
    }
    return null;
}
function resolveUrl(value, baseUrl) {
    try {
        const url = new URL(value, baseUrl);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    }
    catch {
        return null;
    }
}
/** One-line postal address: `12 rue de la Paix, 75002 Paris, Île-de-France, FR`. */
function addressValue(value) {
    if (Array.isArray(value))
        return firstOf(value, addressValue);
    if (!isObject(value))
        return textValue(value);
    const street = textValue(value.streetAddress);
    const locality = textValue(value.addressLocality);
    const cityLine = [textValue(value.postalCode), locality].filter((part) => part !== null).join(' ');
    const region = textValue(value.addressRegion);
    const country = isObject(value.addressCountry) ? textValue(value.addressCountry.name) : textValue(value.addressCountry);
    const parts = [street, cityLine || null, region !== locality ? region : null, country].filter((part) => part !== null && part.length > 0);
    return parts.length > 0 ? parts.join(', ') : textValue(value.name);
}
function emailValue(value) {
    const text = textValue(value);
    if (text === null)
        return null;
    const address = text
        .replace(/^mailto:/i, '')
        .split('?')[0]
        .trim();
    return address.includes('@') ? address : null;
}
function logoValue(value, baseUrl) {
    if (Array.isArray(value))
        return firstOf(value, (item) => logoValue(item, baseUrl));
    if (isObject(value)) {
        return firstOf(['url', 'contentUrl', '@id'], (key) => {
            const candidate = textValue(value[key]);
            return candidate === null ? null : resolveUrl(candidate, baseUrl);
        });
    }
    const text = textValue(value);
    return text === null ? null : resolveUrl(text, baseUrl);
}
function sameAsValue(value) {
    const items = Array.isArray(value) ? value : [value];
    const links = [];
    for (const item of items) {
        const link = textValue(item);
        if (link !== null && /^https?:\/\//i.test(link) && !links.includes(link))
            links.push(link);
        if (links.length >= LIMITS.sameAs)
            break;
    }
    return links;
}
/** A field from the node itself, else from its `contactPoint`s. */
function withContactPoints(node, read) {
    const own = read(node);
    if (own !== null)
        return own;
    const points = Array.isArray(node.contactPoint) ? node.contactPoint : [node.contactPoint];
    for (const point of points) {
        if (!isObject(point))
            continue;
        const value = read(point);
        if (value !== null)
            return value;
    }
    return null;
}
function toOrganization(node, baseUrl) {
    return {
        name: textValue(node.name),
        legalName: textValue(node.legalName),
        email: withContactPoints(node, (source) => emailValue(source.email)),
        telephone: withContactPoints(node, (source) => textValue(source.telephone)),
        address: addressValue(node.address),
        sameAs: sameAsValue(node.sameAs),
        logo: logoValue(node.logo, baseUrl),
    };
}
function filledFields(organization) {
    const { sameAs, ...single } = organization;
    return Object.values(single).filter((value) => value !== null).length + (sameAs.length > 0 ? 1 : 0);
}
/** The top-level nodes of a JSON-LD document: the root (or its items) and `@graph` members. */
function topLevelNodes(document) {
    const roots = Array.isArray(document) ? document : [document];
    const nodes = [];
    for (const root of roots) {
        if (!isObject(root))
            continue;
        nodes.push(root);
        const graph = root['@graph'];
        if (Array.isArray(graph))
            for (const member of graph)
                if (isObject(member))
                    nodes.push(member);
    }
    return nodes;
}
/** Every node with an `@id`, for resolving references such as `"publisher": { "@id": "#org" }`. */
function indexNodesById(nodes) {
    const byId = new Map();
    const pending = nodes.map((value) => ({ value, depth: 0 }));
    let visited = 0;
    while (pending.length > 0 && visited < LIMITS.nodes) {
        const { value, depth } = pending.pop();
        visited += 1;
        if (Array.isArray(value)) {
            if (depth < LIMITS.depth)
                for (const item of value)
                    pending.push({ value: item, depth: depth + 1 });
            continue;
        }
        if (!isObject(value))
            continue;
        const id = value['@id'];
        // A bare reference has only `@id`; keep the node that carries the data.
        if (typeof id === 'string' && Object.keys(value).length > 1 && !byId.has(id))
            byId.set(id, value);
        if (depth < LIMITS.depth)
            for (const child of Object.values(value))
                pending.push({ value: child, depth: depth + 1 });
    }
    return byId;
}
function resolveReference(value, byId) {
    if (!isObject(value))
        return null;
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).length === 1)
        return byId.get(id) ?? null;
    return value;
}
/**
 * The organisation a page's JSON-LD describes: organisation nodes at the top level (or in
 * `@graph`) first, else organisations named as publisher, provider, seller… of other nodes
 * (references by `@id` resolved); the one with the most fields wins, the first on a tie.
 * Invalid JSON is repaired where possible and otherwise skipped.
 *
 * @param blocks raw contents of the page's `<script type="application/ld+json">` elements
 * @param baseUrl URL relative logo URLs are resolved against
 */
export function organizationFromJsonLd(blocks, baseUrl) {
    const topLevel = [];
    for (const block of blocks.slice(0, LIMITS.jsonLdBlocks))
        topLevel.push(...topLevelNodes(parseJsonLd(block)));
    const byId = indexNodesById(topLevel);
    let candidates = topLevel.filter(isOrganizationNode);
    if (candidates.length === 0) {
        candidates = [];
        for (const node of topLevel) {
            for (const property of OWNER_PROPERTIES) {
                const values = Array.isArray(node[property]) ? node[property] : [node[property]];
                for (const value of values) {
                    const owner = resolveReference(value, byId);
                    if (owner !== null && isOrganizationNode(owner))
                        candidates.push(owner);
                }
            }
        }
    }
    let best = null;
    let bestFields = 0;
    for (const candidate of candidates) {
        const organization = toOrganization(candidate, baseUrl);
        const fields = filledFields(organization);
        if (fields > bestFields) {
            best = organization;
            bestFields = fields;
        }
    }
    return best;
}
//# sourceMappingURL=json-ld-organization.js.map