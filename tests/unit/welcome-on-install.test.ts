import { describe, expect, it, vi } from 'vitest';
import { WELCOME_PATH, welcomeOnInstall } from '../../extension/background/welcome';

function deps() {
  return {
    url: (path: string) => `chrome-extension://abc${path}`,
    openTab: vi.fn(() => Promise.resolve()),
  };
}

describe('the welcome page on install', () => {
  it('opens once, on a fresh install', async () => {
    const d = deps();
    expect(await welcomeOnInstall({ reason: 'install' }, d)).toBe(true);
    expect(d.openTab).toHaveBeenCalledExactlyOnceWith({
      url: `chrome-extension://abc${WELCOME_PATH}`,
    });
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'])(
    'opens nothing on %s',
    async (reason) => {
      const d = deps();
      expect(await welcomeOnInstall({ reason }, d)).toBe(false);
      expect(d.openTab).not.toHaveBeenCalled();
    },
  );
});
