/** What the library page needs from the outside world; tests pass a store on fake-indexeddb. */
import type { ListView } from '../../lib/store/shelf';
import type { List } from '../../lib/types';

export interface LibraryServices {
  lists(): Promise<List[]>;
  listView(listId: string): Promise<ListView>;
  /** The list as Markdown in its own format. */
  exportMarkdown(listId: string): Promise<string>;
  /** Offers text as a file download. */
  download(fileName: string, text: string): void;
  copy(text: string): Promise<void>;
}
