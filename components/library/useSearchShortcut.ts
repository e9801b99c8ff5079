/**
 * `/` jumps to Search, as on GitHub, Gmail and most readers' libraries: unless the user is
 * typing somewhere already (a field, an editable area) or holds a modifier.
 */
import { useEffect } from 'preact/hooks';

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return true;
  return false;
}

export function useSearchShortcut(searchId: string): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const search = document.getElementById(searchId);
      if (!(search instanceof HTMLInputElement)) return;
      event.preventDefault(); // the slash is the command, not the first character
      search.focus();
      search.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [searchId]);
}
