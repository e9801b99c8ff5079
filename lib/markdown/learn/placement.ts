/**
 * Where a new topic's heading goes inside its parent (FORMATS.md §6): after the parent's
 * last sub-section, but before the trailing matter lists end with (Contributing, License,
 * Acknowledgements, Citation, Star History, footnotes, "back to top" lines); in a run of
 * year headings, where its year keeps their order.
 */
import { splitTopicPath, topicDisplayName } from '../../topic-path';
import type { Doc, Section } from '../document';
import { isBlank } from '../lines';
import { dateOrder, type ReadDate, readDate } from './dates';

/**
 * Names of the sections lists end with, after their topics; Chinese and Japanese lists name
 * them too (贡献 / 貢献 contributing, 致谢 / 謝辞 acknowledgements, 引用 citation, 许可 /
 * ライセンス licence, 联系 contact), with no word boundary to end them.
 */
export const TRAILING =
  /^\W*?(?:\d+(?:\.\d+)*\.?\s+)?(?:(contribut\w*|how to contribute|licen[cs]e|acknowledge?ments?|citations?|cite|citing|star history|stargazers|contact|footnotes?|contributors|sponsors?)\b|贡献|貢献|致谢|謝辞|引用|许可|ライセンス|联系)/iu;
const BACK_TO_TOP =
  /back to top|⬆|↑|\]\(#(?:top|readme|table-of-contents|contents)\)|^\s*<a href="#/i;

/** The parent's direct sub-sections in order. */
function children(doc: Doc, parent: string, start: number, end: number): Section[] {
  const depth = splitTopicPath(parent).length + 1;
  return doc.sections.filter(
    (section) =>
      section.heading !== null &&
      !section.heading.isTitle &&
      section.start > start &&
      section.start <= end &&
      splitTopicPath(section.path).length === depth,
  );
}

/**
 * The date a heading names, in the form it is written: a year or a year and month
 * (`2018-02`, `2018/02`, `Feb 2018`) at its start, with at most a parenthesised remark after
 * it (`2016-11 (ICLR Edition)`); null for any other heading.
 */
export function readHeadingDate(name: string): ReadDate | null {
  const match = /^(.+?)(?:\s+\([^()]*\))?$/.exec(name.trim());
  const read = readDate(match?.[1] ?? '');
  return read && read.value.day === undefined ? read : null;
}

/** The date a heading names as a number that orders dates (a year as its first month). */
function headingDate(name: string): number | null {
  const read = readHeadingDate(name);
  return read && dateOrder({ year: read.value.year, month: read.value.month ?? 1 });
}

function beforeBlank(doc: Doc, line: number, floor: number): number {
  let at = line;
  while (at > floor && isBlank(doc.lines[at - 1]?.text ?? '')) at--;
  return at;
}

/**
 * A line that marks the heading under it rather than saying anything: an empty named anchor
 * or element (`<a name="x"></a>`, `<a id="x"></a>`, `<div id="x"></div>`) or an HTML comment.
 */
const HEADING_MARK =
  /^\s*(?:(?:<(a|div|span|p)\b[^<>]*\b(?:name|id)\s*=[^<>]*>\s*<\/\1\s*>\s*)+|<!--.*?-->\s*)$/i;

/**
 * `line` moved above the marks that belong to the heading starting at or after it (only
 * blank lines between them): a new topic goes before them, not between them and their heading.
 */
function beforeHeadingMarks(doc: Doc, line: number, floor: number): number {
  let next = line;
  while (next < doc.lines.length && isBlank(doc.lines[next]?.text ?? '')) next++;
  if (!doc.headings.some((heading) => heading.firstLine === next)) return line;
  let at = beforeBlank(doc, next, floor);
  let moved = false;
  while (at > floor && HEADING_MARK.test(doc.lines[at - 1]?.text ?? '')) {
    at = beforeBlank(doc, at - 1, floor);
    moved = true;
  }
  return moved ? at : line;
}

/**
 * The line a new sub-topic `name` of `parent` is inserted before, given where the parent's
 * section (sub-sections included) ends and where it starts.
 */
export function newTopicLine(
  doc: Doc,
  parent: string,
  name: string,
  start: number,
  end: number,
): number {
  const siblings = children(doc, parent, start, end);
  const names = siblings.map((section) => topicDisplayName(section));
  // Trailing matter at the end of the parent: the new topic goes before it.
  let first = siblings.length;
  while (first > 0 && TRAILING.test(names[first - 1] ?? '')) first--;
  // Dates in order: `## 2019` … `## 2021` takes `2020` between them; `#### 2018-02`,
  // `#### 2017-12 (NIPS Edition)` … take `2018-01` between them.
  const year = headingDate(name);
  const years = names.slice(0, first).map(headingDate);
  if (year !== null && years.length > 1 && years.every((value) => value !== null)) {
    const values = years as number[];
    const ascending = values.every((value, i) => i === 0 || value >= (values[i - 1] ?? 0));
    const descending = values.every((value, i) => i === 0 || value <= (values[i - 1] ?? 0));
    const next = siblings.find((_, i) =>
      ascending ? (values[i] ?? 0) > year : descending ? (values[i] ?? 0) < year : false,
    );
    if ((ascending || descending) && next?.heading)
      return beforeHeadingMarks(doc, beforeBlank(doc, next.heading.firstLine, start), start);
  }
  const trailing = siblings[first];
  let at = trailing?.heading && first > 0 ? trailing.heading.firstLine : end;
  at = beforeHeadingMarks(doc, beforeBlank(doc, at, start), start);
  // "Back to top" lines close the section they follow: stay above them.
  while (at > start && BACK_TO_TOP.test(doc.lines[at - 1]?.text ?? ''))
    at = beforeBlank(doc, at - 1, start);
  // So does a footer under a rule (`---` over `*Last updated: …*`): stay above the rule.
  const rule = footerRule(doc, at, start);
  return rule < 0 ? at : beforeBlank(doc, rule, start);
}

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** How far above a section's end a footer's rule is looked for. */
const FOOTER_LINES = 8;

/**
 * The line of a thematic break that only a few lines of plain text follow up to `end` (no
 * heading, list item or entry among them), or -1: the list's footer, not a section's text.
 */
function footerRule(doc: Doc, end: number, floor: number): number {
  let text = false;
  for (let line = end - 1; line >= Math.max(floor, end - FOOTER_LINES); line--) {
    const value = doc.lines[line]?.text ?? '';
    if (THEMATIC_BREAK.test(value)) return text ? line : -1;
    if (isBlank(value)) continue;
    const starts = (span: { start: number }) => span.start === line;
    if (doc.items.some(starts) || doc.entries.some(starts)) return -1;
    if (doc.headings.some((heading) => heading.firstLine === line)) return -1;
    text = true;
  }
  return -1;
}
