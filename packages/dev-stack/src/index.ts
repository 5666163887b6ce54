export { startStack } from './stack';
export { assertBuilt, defaultRoot } from './layout';
export { DEFAULT_PORTS } from './ports';
export type { PortRequest, RunningService, RunningStack, StackOptions, StackPorts, StackTimings } from './options';
export { loadOrCreateKeys, makeKeys, type StackKeys } from './keys';
export { banner } from './banner';
