/**
 * Apollo Server over plain node:http (Apollo 5 ships no http integration of its own for a
 * server we also share with `ws`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GatewayContext } from '../graphql/context.js';
import { readBody, PayloadTooLargeError, sendJson } from './http-util.js';

export interface GraphqlHandlerOptions {
  readonly apollo: ApolloServer<GatewayContext>;
  readonly context: (req: IncomingMessage) => Promise<GatewayContext>;
  /** Largest accepted request body. @default 1048576 */
  readonly maxBodyBytes?: number;
}

export function createGraphqlHandler(options: GraphqlHandlerOptions) {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      let raw: string;
      try {
        raw = (await readBody(req, maxBodyBytes)).toString('utf8');
      } catch (error) {
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
        } catch {
          sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
          return;
        }
      } else {
        body = raw;
      }
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
