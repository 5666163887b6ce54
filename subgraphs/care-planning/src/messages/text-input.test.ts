import { describe, expect, it } from 'vitest';
import { requiredText } from './text-input';

describe('requiredText', () => {
  it('trims and keeps text within the limit', () => {
    expect(requiredText('body', '  hello  ', 10, 'your message')).toBe('hello');
  });

  it('refuses empty or blank text as REQUIRED', () => {
    expect(() => requiredText('body', '   ', 10, 'your message')).toThrow(
      expect.objectContaining({
        message: 'Enter your message',
        extensions: { code: 'BAD_USER_INPUT', field: 'body', problem: 'REQUIRED' },
      }),
    );
  });

  it('refuses text over the limit as TOO_LONG, saying the limit', () => {
    expect(() => requiredText('body', 'x'.repeat(11), 10, 'your message')).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/10 characters or fewer/),
        extensions: expect.objectContaining({ problem: 'TOO_LONG' }),
      }),
    );
  });
});
