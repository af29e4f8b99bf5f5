import { describe, expect, it } from 'vitest';
import { APPLY_READING_PREFERENCES_SCRIPT, CONTRAST_KEY, TEXT_SIZE_KEY } from './preferences';

// Runs the head script against a stand-in document and storage.
function applyWith(stored: Record<string, string>, storageThrows = false) {
  const attributes: Record<string, string> = {};
  const document = { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return stored[key] ?? null;
    },
  };
  new Function('document', 'localStorage', APPLY_READING_PREFERENCES_SCRIPT)(document, localStorage);
  return attributes;
}

describe('the head script that applies reading preferences', () => {
  it('applies a saved text size and high contrast', () => {
    expect(applyWith({ [TEXT_SIZE_KEY]: '2', [CONTRAST_KEY]: 'high' })).toEqual({ 'data-text-size': '2', 'data-contrast': 'high' });
    expect(applyWith({ [TEXT_SIZE_KEY]: '-1' })).toEqual({ 'data-text-size': '-1' });
  });

  it('ignores values it does not know, and storage that cannot be read', () => {
    expect(applyWith({ [TEXT_SIZE_KEY]: '9', [CONTRAST_KEY]: 'yes' })).toEqual({});
    expect(applyWith({ [TEXT_SIZE_KEY]: '1"><script>' })).toEqual({});
    expect(applyWith({}, true)).toEqual({});
  });

  it('is constant text, so that a CSP hash can allow it', () => {
    expect(APPLY_READING_PREFERENCES_SCRIPT).not.toMatch(/\$\{|process\.env/);
    expect(APPLY_READING_PREFERENCES_SCRIPT).toContain(`"${TEXT_SIZE_KEY}"`);
    expect(APPLY_READING_PREFERENCES_SCRIPT).toContain(`"${CONTRAST_KEY}"`);
  });
});
