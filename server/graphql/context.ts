/** What every resolver receives: the store port and the config. Resolvers never build queries. */
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { GraphStore } from '../store/port.ts';

export interface GraphQLContext {
  store: GraphStore;
  config: Config;
  logger: Logger;
}
