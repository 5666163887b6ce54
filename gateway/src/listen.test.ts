import { describe, expect, it } from 'vitest';
import { reportedHost } from './listen';

describe('reportedHost', () => {
  it('reports loopback for the wildcard addresses a container binds', () => {
    expect(reportedHost('0.0.0.0')).toBe('127.0.0.1');
    expect(reportedHost('::')).toBe('127.0.0.1');
  });
  it('keeps a specific host, bracketing IPv6', () => {
    expect(reportedHost('127.0.0.1')).toBe('127.0.0.1');
    expect(reportedHost('::1')).toBe('[::1]');
  });
});
