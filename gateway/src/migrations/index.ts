import { Identity1795000000100 } from './1795000000100-Identity';
import { SignInThrottle1795996800100 } from './2026-11-30-sign-in-throttle';

/** The identity schema's migrations, in the order they run. */
export const IDENTITY_MIGRATIONS = [Identity1795000000100, SignInThrottle1795996800100];
