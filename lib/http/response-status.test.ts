import { describe, expect, it } from 'vitest';
import { FAILURE_STATUS, failureCodeForStatus } from './response-status';

describe('failureCodeForStatus', () => {
  it('names the refusal a status stands for, both ways', () => {
    for (const [code, status] of Object.entries(FAILURE_STATUS)) expect(failureCodeForStatus(status)).toBe(code);
    expect(failureCodeForStatus(418)).toBe('invalid');
    expect(failureCodeForStatus(503)).toBe('error');
  });
});
