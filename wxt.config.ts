import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Hosts the extension talks to by itself (API clients, content scripts). Every other
// page is reached only through `activeTab` when the user asks for it.
const API_HOSTS = [
  'https://export.arxiv.org/*',
  'https://api.github.com/*',
  'https://huggingface.co/*',
];

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Paper Shelf',
    description:
      'Save arXiv papers, GitHub repos and Hugging Face models into topic-sorted reading lists, exported as Markdown in your own format.',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: API_HOSTS,
    browser_specific_settings: {
      gecko: { id: 'paper-shelf@example.org' },
    },
  },
});
