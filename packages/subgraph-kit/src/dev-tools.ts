import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';

/**
 * Introspection and the Apollo Sandbox landing page tell a stranger the whole shape of the graph, so they are off
 * unless GRAPHQL_DEV_TOOLS=true says otherwise, in every environment: NODE_ENV=development (the dev stack) does not
 * turn them on. The gateway and every subgraph read the same flag.
 */
export function devToolsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GRAPHQL_DEV_TOOLS === 'true';
}

/**
 * Apollo Server installs a landing page by default (Sandbox outside production, a page that links to it in
 * production); this always decides explicitly, so no landing page is served unless dev tools are on.
 */
export function landingPagePlugin(enabled: boolean): ApolloServerPlugin<BaseContext> {
  return enabled ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled();
}
