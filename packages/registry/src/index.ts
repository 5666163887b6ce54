export { registryProblems } from './check';
export { envNames, envPrefix, type SeedStep, type SubgraphDeclaration } from './declaration';
export { SUBGRAPHS, declarationOf } from './subgraphs';
