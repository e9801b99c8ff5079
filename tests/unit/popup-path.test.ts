import { describe, expect, it } from 'vitest';
import { popupPathFor, tabFromPopupSearch } from '../../lib/popup-path';

describe('the popup page a tab opens', () => {
  it('names its tab, and the popup reads it back', () => {
    expect(popupPathFor(42)).toBe('popup.html?tab=42');
    expect(tabFromPopupSearch(new URL(`chrome-extension://x/${popupPathFor(42)}`).search)).toBe(42);
  });

  it.each(['', '?tab=', '?tab=abc', '?tab=-3', '?tab=0', '?tab=1.5', '?other=2'])(
    'without a usable tab id (%j) the popup asks for the active tab',
    (search) => {
      expect(tabFromPopupSearch(search)).toBeUndefined();
    },
  );
});
