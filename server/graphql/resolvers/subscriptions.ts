/**
 * `graphChanged` and `reportIngested`: live updates over SSE from the app's pub/sub.
 * Each open stream holds a slot until the client goes away, so the number of streams a
 * process keeps open is bounded (limits.maxSubscriptions).
 */
import { KgError } from '../../errors.ts';
import type { GraphQLContext } from '../context.ts';

type Topic = 'graphChanged' | 'reportIngested';

function subscribeCounted(topic: Topic, ctx: GraphQLContext): AsyncIterableIterator<unknown> {
  const live = ctx.liveSubscriptions;
  if (live.count >= ctx.limits.maxSubscriptions) {
    throw new KgError('RATE_LIMITED', `The server holds its maximum of ${ctx.limits.maxSubscriptions} live subscriptions: close one, or retry later.`);
  }
  live.count++;
  const source = ctx.pubsub.subscribe(topic) as AsyncIterableIterator<unknown>;
  let released = false;
  // Released on return()/throw() (client gone) or at the end, whichever comes first; an
  // async generator would not run its `finally` when closed before its first event.
  const release = () => {
    if (!released) {
      released = true;
      live.count--;
    }
  };
  return {
    next: async () => {
      const r = await source.next();
      if (r.done) release();
      return r;
    },
    return: async (value?: unknown) => {
      release();
      return source.return ? source.return(value) : { done: true, value };
    },
    throw: async (error?: unknown) => {
      release();
      if (source.throw) return source.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

export const subscriptionResolvers = {
  Subscription: {
    graphChanged: { subscribe: (_: unknown, __: unknown, ctx: GraphQLContext) => subscribeCounted('graphChanged', ctx), resolve: (p: unknown) => p },
    reportIngested: { subscribe: (_: unknown, __: unknown, ctx: GraphQLContext) => subscribeCounted('reportIngested', ctx), resolve: (p: unknown) => p },
  },
};
