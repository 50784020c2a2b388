/**
 * The neighbourhood operation both GraphQL benches send, with the fields the viewer asks
 * for (NODE and EDGE in client/src/api/queries.ts), so the benches measure the request a
 * graph view really makes. The direct-call arm answers the same question: depth 2 with
 * the API's defaults (minWeight 0, limit 500, fanOut 50).
 */
export const NEIGHBORHOOD_QUERY = `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2) {
  truncated
  nodes { id kind name aliases mentionCount }
  edges { id source target kind weight evidenceCount reportCount firstDate lastDate meanPolarity }
} }`;
