/**
 * A heading's topic name: the text people read, without the markup lists wrap it in. The
 * heading line itself is never rewritten from this; only the topic path and the title shown
 * use it. Kinds of markup met in real lists:
 * - a link back to the contents after the name: `📖Pruning ([back](#contents))` → `📖Pruning`
 * - an HTML heading inside a Markdown one: `<h3 id="x">Vision<h3/>` → `Vision`
 * - a link as the whole name: `[Models](#models)` → `Models`
 * - a badge after a list's title: `Awesome-X [![Awesome](badge.svg)](link)` → `Awesome-X`
 * - a name in brackets, a reference link's form: `[Maxout Networks]` → `Maxout Networks`
 * It reads the heading's Markdown source: a backslash-escaped `\[`, `(`, `<` or `!` is text.
 * When nothing readable is left (a heading that is only an image), the text stays as it is.
 */

const IMAGE = /(?<!\\)!\[[^\]]*\]\([^)]*\)/g;
/** Not `<br>`: that is how a name's own line break is written (escape.ts). */
const HTML_TAG = /(?<!\\)<(?!br>)\/?[a-zA-Z][^<>]*>/g;
const WHOLE_LINK = /^\[([^\]]+)\](?:\(([^)]*)\))?$/;
/** An in-page link beside the name (back to top / contents), with brackets around it. */
const ANCHOR_LINK = /(?:(?<!\\)[([])?\s*(?<!\\)\[[^\]]*\]\(#[^)]*\)\s*[)\]]?/g;
const LINK = /(?<!\\)\[([^\]]*)\]\([^)]*\)/g;
/** What an image or link inside a link leaves behind: `[](…)`, `()`, `[]`. */
const EMPTY_WRAPPER = /(?<!\\)\[\s*\]\([^)]*\)|(?<!\\)\(\s*\)|(?<!\\)\[\s*\]/g;

export function headingName(text: string): string {
  if (!text.includes('<') && !text.includes('[')) return text; // most headings: nothing to do
  let name = text.replace(HTML_TAG, '').replace(IMAGE, '').trim();
  const whole = WHOLE_LINK.exec(name);
  if (whole?.[1]) name = whole[1].trim();
  else name = name.replace(ANCHOR_LINK, ' ').replace(LINK, '$1');
  if (name === text) return text; // no markup: the name is the text, spaces and all
  // Twice: removing `[](…)` can leave `()` around it.
  name = name.replace(EMPTY_WRAPPER, '').replace(EMPTY_WRAPPER, '');
  name = name.replace(/\s+/g, ' ').trim();
  return name || text;
}
