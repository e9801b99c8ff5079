/**
 * The popup's style sheets, carried in its script as text instead of linked: each file the
 * toolbar popup loads delays it, a style sheet about as much as a script (issue 16; see
 * build/popup-alone.ts). The styles are in place before the first render, so nothing is
 * ever shown unstyled; the form's own sheet (components/topic-picker.css) comes later with
 * the form's code, after these, as before.
 */
import theme from '../../components/theme.css?inline';
import look from './popup.css?inline';

export function addPopupStyle(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = theme + look;
  doc.head.append(style);
}
