/**
 * What every resolver receives: the app-wide services (store port, config, limits,
 * pub/sub, rate limiter) plus per-request state (request id, caller, DataLoaders).
 * Resolvers never build queries; they call the store port.
 */
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { GraphStore } from '../store/port.ts';
import type { AffiliationLoader } from './create-affiliation-loader.ts';
import type { InputSchemas } from './create-input-schemas.ts';
import type { GraphQLLimits } from './limits.ts';
import type { NodeLoader } from './create-node-loader.ts';
import type { ReportEntitiesLoader } from './create-report-entities-loader.ts';
import type { GraphPubSub } from './graph-pubsub.ts';
import type { RateLimiter } from './plugins/create-rate-limiter.ts';

export type Role = 'reader' | 'editor' | 'admin';

/** Who is calling: a fingerprint of the API key (never the key) and its role. */
export interface Caller {
  id: string;
  role: Role | null;
}

export interface GraphQLServices {
  store: GraphStore;
  config: Config;
  logger: Logger;
  limits: GraphQLLimits;
  inputs: InputSchemas;
  pubsub: GraphPubSub;
  rateLimiter: RateLimiter;
  /** Open subscriptions, held under limits.maxSubscriptions. */
  liveSubscriptions: { count: number };
}

export interface GraphQLContext extends GraphQLServices {
  requestId: string;
  caller: Caller;
  nodeLoader: NodeLoader;
  affiliationLoader: AffiliationLoader;
  reportEntitiesLoader: ReportEntitiesLoader;
}
