import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';

/**
 * Introspection and the Sandbox landing page show anyone the whole graph: off unless GRAPHQL_DEV_TOOLS=true, even
 * under NODE_ENV=development (the dev stack). The subgraphs read the same flag (packages/subgraph-kit dev-tools.ts);
 * the gateway keeps its own copy so it does not depend on the subgraph kit.
 */
export function devToolsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GRAPHQL_DEV_TOOLS === 'true';
}

/** Apollo Server serves a landing page unless told not to; this always decides, so none is served by default. */
export function landingPagePlugin(enabled: boolean): ApolloServerPlugin<BaseContext> {
  return enabled ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled();
}
