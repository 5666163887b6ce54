import type { Actor } from '@lac/access';

export interface GatewayContext {
  actor: Actor;
  requestId: string;
}
