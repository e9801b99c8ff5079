import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/welcome/welcome.css';
import { Welcome } from '../../components/welcome/Welcome';
import { SAVE_PAGE_COMMAND } from '../../extension/commands';

/**
 * The save shortcut as the browser has it now: the user may have changed it, or the
 * browser left it unset because another extension holds the key. '' when unset.
 */
async function saveShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === SAVE_PAGE_COMMAND)?.shortcut ?? '';
}

const root = document.getElementById('app');
if (root) {
  const browserName = import.meta.env.FIREFOX ? 'firefox' : 'chromium';
  const show = (shortcut: string | undefined) =>
    render(<Welcome browser={browserName} shortcut={shortcut} />, root);
  show(undefined);
  saveShortcut().then(show, () => show(''));
}
