import { HeaderMap } from '@apollo/server';
import { readBody, PayloadTooLargeError, sendJson } from './http-util.js';
export function createGraphqlHandler(options) {
    const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
    return async (req, res, url) => {
        const headers = new HeaderMap();
        for (const [key, value] of Object.entries(req.headers)) {
            if (value !== undefined)
                headers.set(key, Array.isArray(value) ? value.join(', ') : value);
        }
        let body = undefined;
        if (req.method === 'POST') {
            let raw;
            try {
                raw = (await readBody(req, maxBodyBytes)).toString('utf8');
            }
            catch (error) {
                if (error instanceof PayloadTooLargeError) {
                    // The rest of the body is not read: the connection cannot carry another request.
                    res.setHeader('connection', 'close');
                    sendJson(res, 413, { errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
                    return;
                }
                throw error;
            }
            const type = headers.get('content-type') ?? '';
            if (type.includes('application/json') || type.includes('application/graphql-response+json')) {
                try {
                    body = raw ? JSON.parse(raw) : undefined;
                }
                catch {
                    sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
                    return;
                }
            }
            else {
                body = raw;
            }
        }
        const response = await options.apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
            context: () => options.context(req),
        });
        for (const [key, value] of response.headers)
            res.setHeader(key, value);
        res.statusCode = response.status ?? 200;
        if (response.body.kind === 'complete') {
            res.end(response.body.string);
            return;
        }
        for await (const chunk of response.body.asyncIterator)
            res.write(chunk);
        res.end();
    };
}
//# sourceMappingURL=graphql-handler.js.map