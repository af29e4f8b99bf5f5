import { describe, expect, it } from 'vitest';
import { telHref } from './phone';

describe('telHref', () => {
  it('keeps only the digits of a local number', () => {
    expect(telHref('0254 3 123 456')).toBe('tel:02543123456');
    expect(telHref('(0254) 000.0000')).toBe('tel:02540000000');
  });

  it('keeps the plus of an international number', () => {
    expect(telHref(' +84 254 000 0000 ')).toBe('tel:+842540000000');
  });
});
