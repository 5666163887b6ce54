export {
  DEFAULT_PORTS,
  assertBuilt,
  defaultRoot,
  startStack,
  type RunningStack,
  type StackOptions,
  type StackPorts,
  type StackTimings,
} from './stack';
export { loadOrCreateKeys, makeKeys, type StackKeys } from './keys';
export { banner } from './banner';
