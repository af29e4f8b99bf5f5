import { describe, expect, it } from 'vitest';
import { formatFileSize } from './format-file-size';

describe('formatFileSize', () => {
  it('writes sizes the Vietnamese way, with a decimal comma', () => {
    expect(formatFileSize(512)).toBe('512 byte');
    expect(formatFileSize(1024)).toBe('1 KB');
    expect(formatFileSize(870_000)).toBe('850 KB');
    expect(formatFileSize(1.2 * 1024 * 1024)).toBe('1,2 MB');
    expect(formatFileSize(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatFileSize(-1)).toBe('');
  });
});
