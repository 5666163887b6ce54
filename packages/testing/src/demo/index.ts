export {
  DEMO_ACCOUNTS,
  DEMO_LOCAL_AUTHORITY,
  DEMO_PASSWORD,
  type DemoAccount,
  type DemoAddress,
  type DemoAllocation,
  type DemoAuthority,
  type DemoChild,
  type DemoLegalStatus,
  type DemoLocalAuthority,
  type DemoParent,
  type DemoPeriodOfCare,
  type DemoPerson,
  type DemoPlacement,
  type DemoUsername,
} from './model';
export { demoAuthority } from './authority';
export { Random, demoUuid, mulberry32, seedFrom } from './random';
export { DEFAULT_DEMO_CHILDREN, demoChildrenFromEnv, demoSize, type DemoSize } from './size';
