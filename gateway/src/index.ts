export { startGateway, ARMOR, type GatewayOptions, type RunningGateway } from './server';
export { createAccount, checkCredentials, disableAccount, normaliseUsername } from './auth/accounts';
export { FailureThrottle } from './auth/throttle';
export {
  API_SCHEMA_PATH,
  composeApiSchema,
  composeSupergraph,
  SUPERGRAPH_PATH,
  subgraphSdlPath,
} from './graph/compose';
export { defaultSubgraphUrl, readGatewayConfig, subgraphUrls, type GatewayConfig } from './config';
export { reportedHost } from './listen';
export { IDENTITY_MIGRATIONS } from './migrations';
export { parseTrustedProxies } from './trusted-proxies';
