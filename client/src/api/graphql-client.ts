/**
 * The one place that talks HTTP to /graphql: POST for queries and mutations, an
 * EventSource (GET, text/event-stream) for subscriptions. Errors become GraphQLRequestError
 * values carrying the server's stable `extensions.code`.
 */
export class GraphQLRequestError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface GraphQLClient {
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  subscribe<T>(query: string, onData: (data: T) => void, onError?: (e: Error) => void): () => void;
}

function unwrap<T>(body: GraphQLResponse<T>): T {
  const first = body.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code ?? 'GRAPHQL_ERROR');
  if (body.data == null) throw new GraphQLRequestError('The server sent no data.', 'NO_DATA');
  return body.data;
}

export function createGraphQLClient(endpoint = '/graphql'): GraphQLClient {
  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
          body: JSON.stringify({ query, variables }),
        });
      } catch {
        throw new GraphQLRequestError('The server cannot be reached; check that it is running.', 'NETWORK');
      }
      const body = (await response.json().catch(() => ({}))) as GraphQLResponse<T>;
      if (!response.ok && !body.errors) throw new GraphQLRequestError(`The server answered ${response.status}.`, 'HTTP_' + response.status);
      return unwrap(body);
    },

    subscribe<T>(query: string, onData: (data: T) => void, onError?: (e: Error) => void): () => void {
      const source = new EventSource(`${endpoint}?query=${encodeURIComponent(query)}`);
      source.addEventListener('next', (event) => {
        try {
          onData(unwrap(JSON.parse((event as MessageEvent<string>).data) as GraphQLResponse<T>));
        } catch (e) {
          onError?.(e as Error);
        }
      });
      // Some servers send plain `message` events instead of `next`.
      source.onmessage = (event) => {
        try {
          onData(unwrap(JSON.parse(event.data as string) as GraphQLResponse<T>));
        } catch (e) {
          onError?.(e as Error);
        }
      };
      return () => source.close();
    },
  };
}
