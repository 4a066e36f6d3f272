/**
 * The GraphQL playground at `/graphiql`: GraphiQL bundled with its styles and fonts (no CDN),
 * queries and mutations over HTTP `/graphql`, subscriptions over graphql-ws on the same origin.
 * `?query=`, `?variables=` and `?operationName=` prefill the editor and follow its edits, so a
 * playground address can be shared.
 */
import 'graphiql/style.css';
import './page.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createClient } from 'graphql-ws';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { graphqlWebSocketUrl } from '../src/connection.js';
import { apiKeyConnectionParams, apiKeyHeaders } from '../src/settings.js';

const DEFAULT_QUERY = `# ProspectLab GraphQL API.
# Ctrl-Enter runs the operation; the Docs
# button (top left) lists every type.
#
# Follow a job live with a subscription:
#   subscription {
#     scrapingEvents(jobId: "<id>") {
#       __typename seq
#     }
#   }

query RecentJobs {
  jobs(first: 10) {
    totalCount
    nodes { id kind status progress createdAt }
  }
}
`;

const params = new URLSearchParams(window.location.search);

function updateAddress(name: 'query' | 'variables' | 'operationName', value: string | undefined): void {
  if (value && !(name === 'query' && value === DEFAULT_QUERY)) params.set(name, value);
  else params.delete(name);
  const search = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
}

const wsClient = createClient({
  url: graphqlWebSocketUrl(),
  connectionParams: apiKeyConnectionParams,
  retryAttempts: 5,
});
const fetcher = createGraphiQLFetcher({
  url: new URL('/graphql', window.location.href).href,
  wsClient,
  headers: apiKeyHeaders(),
});

const container = document.getElementById('graphiql');
if (!container) throw new Error('graphiql.html is missing #graphiql');
createRoot(container).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={DEFAULT_QUERY}
      query={params.get('query') ?? undefined}
      variables={params.get('variables') ?? undefined}
      operationName={params.get('operationName') ?? undefined}
      onEditQuery={(query) => updateAddress('query', query)}
      onEditVariables={(variables) => updateAddress('variables', variables)}
      onEditOperationName={(name) => updateAddress('operationName', name)}
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>
        <a className="playground-home" href="/">
          ProspectLab
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
