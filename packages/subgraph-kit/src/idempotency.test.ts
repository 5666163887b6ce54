import { describe, expect, it } from 'vitest';
import { payloadHash } from './idempotency';

describe('payloadHash: what a key is bound to', () => {
  it('is the same for the same request, whatever the order of its fields', () => {
    expect(payloadHash('sendMessageToIro', { childId: 'c', body: 'hi' })).toBe(
      payloadHash('sendMessageToIro', { body: 'hi', childId: 'c' }),
    );
    expect(payloadHash('startPlacement', { input: { a: 1, b: { c: 2, d: 3 } } })).toBe(
      payloadHash('startPlacement', { input: { b: { d: 3, c: 2 }, a: 1 } }),
    );
  });

  it('differs for another payload or another mutation', () => {
    const hash = payloadHash('sendMessageToIro', { childId: 'c', body: 'hi' });
    expect(payloadHash('sendMessageToIro', { childId: 'c', body: 'hi!' })).not.toBe(hash);
    expect(payloadHash('replyToChild', { childId: 'c', body: 'hi' })).not.toBe(hash);
  });
});
