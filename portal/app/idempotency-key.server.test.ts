import { describe, expect, it } from 'vitest';
import { newFormKey, postedFormKey } from './idempotency-key.server';

const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};

describe('form idempotency keys', () => {
  it('a new key per render, posted back as it was', () => {
    const key = newFormKey();
    expect(newFormKey()).not.toBe(key);
    expect(postedFormKey(form({ idempotencyKey: key }))).toBe(key);
  });

  it('bound to the part of the page it creates, so two reply forms never share one', () => {
    const key = newFormKey();
    const reply = postedFormKey(form({ idempotencyKey: key }), 'message-1');
    expect(reply).toBe(`${key}-message-1`);
    expect(postedFormKey(form({ idempotencyKey: key }), 'message-2')).not.toBe(reply);
  });

  it('nothing for a missing or malformed key', () => {
    expect(postedFormKey(form({}))).toBeUndefined();
    expect(postedFormKey(form({ idempotencyKey: 'x' }))).toBeUndefined();
    expect(postedFormKey(form({ idempotencyKey: 'has spaces in it' }))).toBeUndefined();
  });
});
