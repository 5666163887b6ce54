import { describe, expect, it, vi } from 'vitest';
import { maskGatewayError } from './format-error';

describe('maskGatewayError', () => {
  it('keeps the message and public extensions of errors a client can act on', () => {
    const formatted = {
      message: 'heldOn cannot be in the future',
      path: ['recordReviewHeld'],
      extensions: { code: 'BAD_USER_INPUT', field: 'heldOn', problem: 'DATE_IN_FUTURE', serviceName: 'care-planning' },
    };
    expect(maskGatewayError(formatted, null)).toEqual({
      message: 'heldOn cannot be in the future',
      path: ['recordReviewHeld'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', field: 'heldOn', problem: 'DATE_IN_FUTURE' },
    });
  });

  it('replaces anything else with a fixed message', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const leaky = {
      message: 'request to http://10.0.0.5:4001/graphql failed, reason: ECONNREFUSED',
      extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' },
    };
    expect(maskGatewayError(leaky, new Error('x'))).toEqual({
      message: 'Internal server error',
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
