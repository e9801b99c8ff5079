/**
 * The popup's header: the extension's icon and name, the list a save goes to (once known),
 * and the way to the library. Present on every state of the popup, so "Open library" is
 * always one click away, even on a page with nothing to save.
 */
// The icon comes inside the script, as a data: URL (the pages' img-src allows it): an <img>
// pointing at the extension's file took 1.5 ms of the popup's first render and one more file
// request before the item shows (issue 16).
import icon from '../public/icon/32.png?inline';

export interface PopupHeaderProps {
  /** The name of the list a save goes to; omitted before the collection is read. */
  listName?: string;
  onOpenLibrary(): void;
}

export function PopupHeader({ listName, onOpenLibrary }: PopupHeaderProps) {
  return (
    <header class="popup-header">
      <img class="popup-icon" src={icon} alt="" width={20} height={20} />
      <span class="popup-name">Paper Shelf</span>
      {listName && (
        <span class="popup-list" title="The list this page is saved to">
          <span class="visually-hidden">Saving to </span>
          {listName}
        </span>
      )}
      <button type="button" class="link-button popup-library" onClick={onOpenLibrary}>
        Open library
      </button>
    </header>
  );
}
