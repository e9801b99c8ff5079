import { describe, expect, it, vi } from 'vitest';
import { Badge, type BadgeApi } from '../../extension/background/badge';

function fakeApi() {
  return {
    setBadgeText: vi.fn(async (_details: { tabId?: number; text: string }) => undefined),
    setBadgeBackgroundColor: vi.fn(
      async (_details: { tabId?: number; color: string }) => undefined,
    ),
    setTitle: vi.fn(async (_details: { tabId: number; title: string }) => undefined),
  } satisfies BadgeApi;
}

describe('Badge', () => {
  it('shows ✓ on a saved tab and clears it on an unsaved one', async () => {
    const api = fakeApi();
    const badge = new Badge(api);
    await badge.showSavedState(1, true);
    await badge.showSavedState(1, false);
    expect(api.setBadgeText.mock.calls).toEqual([
      [{ tabId: 1, text: '✓' }],
      [{ tabId: 1, text: '' }],
    ]);
    expect(api.setTitle.mock.calls.map(([details]) => details.title)).toEqual([
      'Paper Shelf: saved',
      'Paper Shelf',
    ]);
  });

  it('leaves an unsaved tab alone: its badge is at the defaults whether or not it navigated', async () => {
    const api = fakeApi();
    const badge = new Badge(api);
    await badge.showSavedState(1, false); // first sight of the tab: its badge is unknown
    await badge.showSavedState(1, false);
    await badge.showSavedState(1, false);
    expect(api.setBadgeText).toHaveBeenCalledTimes(1);
    expect(api.setTitle).toHaveBeenCalledTimes(1);
  });

  it('gives a saved tab its ✓ and tooltip on every check (a navigation resets both)', async () => {
    const api = fakeApi();
    const badge = new Badge(api);
    await badge.showSavedState(1, true);
    await badge.showSavedState(1, true);
    expect(api.setBadgeText.mock.calls).toEqual([
      [{ tabId: 1, text: '✓' }],
      [{ tabId: 1, text: '✓' }],
    ]);
    expect(api.setTitle).toHaveBeenCalledTimes(2);
    expect(api.setTitle).toHaveBeenLastCalledWith({ tabId: 1, title: 'Paper Shelf: saved' });
  });

  it('forgets a closed tab, so a reused id starts from an unknown badge', async () => {
    const api = fakeApi();
    const badge = new Badge(api);
    await badge.showSavedState(4, false);
    badge.forget(4);
    await badge.showSavedState(4, false);
    expect(api.setBadgeText).toHaveBeenCalledTimes(2);
  });

  it('says on the badge why a one-key save failed, then recovers its colour', async () => {
    const api = fakeApi();
    const badge = new Badge(api);
    await badge.showFailure(2, 'nothing to save on this page');
    expect(api.setBadgeText).toHaveBeenLastCalledWith({ tabId: 2, text: '!' });
    expect(api.setTitle).toHaveBeenLastCalledWith({
      tabId: 2,
      title: 'Paper Shelf: nothing to save on this page',
    });
    await badge.showSavedState(2, false);
    expect(api.setBadgeBackgroundColor).toHaveBeenLastCalledWith({ tabId: 2, color: '#1e7a34' });
    expect(api.setBadgeText).toHaveBeenLastCalledWith({ tabId: 2, text: '' });
    await badge.showSavedState(2, true);
    expect(api.setBadgeBackgroundColor).toHaveBeenCalledTimes(2); // the red, then the green
  });

  it('a check that began before a newer decision does not overwrite it', async () => {
    const api = fakeApi();
    const badge = new Badge(api);
    const ticket = badge.ticket(3); // a navigation check starts…
    await badge.showFailure(3, 'nothing to save on this page'); // …a one-key save fails…
    await badge.showSavedState(3, false, ticket); // …the check ends with its older answer
    expect(api.setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: '!' });
    await badge.showSavedState(3, true, badge.ticket(3));
    expect(api.setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: '✓' });
  });
});

describe('Badge tooltip', () => {
  it('follows the badge text, and a newer decision made meanwhile keeps its own', async () => {
    let release: () => void = () => undefined;
    const api = fakeApi();
    api.setBadgeText.mockImplementationOnce(
      () => new Promise<undefined>((resolve) => (release = () => resolve(undefined))),
    );
    const badge = new Badge(api);
    const check = badge.showSavedState(5, true); // a navigation's ✓, still on its way…
    expect(api.setTitle).not.toHaveBeenCalled(); // the tooltip waits for the badge
    await badge.showFailure(5, 'nothing to save on this page'); // …a one-key save fails
    release();
    await check;
    expect(api.setTitle.mock.calls.map(([details]) => details.title)).toEqual([
      'Paper Shelf: nothing to save on this page',
    ]);
  });
});
