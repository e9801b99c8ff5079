import { render } from 'preact';
import '../../components/theme.css';
import './options.css';
import { exportList } from '../../lib/markdown';
import { Shelf } from '../../lib/store/shelf';
import { App } from './App';
import type { LibraryServices } from './services';

function services(): LibraryServices {
  const shelf = Shelf.open();
  return {
    lists: async () => (await shelf).lists(),
    listView: async (listId) => (await shelf).listView(listId),
    async exportMarkdown(listId) {
      const view = await (await shelf).listView(listId);
      return exportList({
        list: view.list,
        topics: view.topics.map(({ topic, items }) => ({ path: topic.path, items })),
      });
    },
    download(fileName, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    copy: (text) => navigator.clipboard.writeText(text),
  };
}

const root = document.getElementById('app');
if (root) render(<App services={services()} />, root);
