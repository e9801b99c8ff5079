/**
 * Topics whose sub-sections are dates (issue 11, points 5 and 7): a reading log of month headings
 * (`#### 2018-02` … in dennybritz/deeplearning-papernotes), or a topic split by year.
 *
 * The rule: a dated item saved into such a topic (the parent the user picked, not one of its
 * dates) is written into the sub-section of its date, or into a new one named as the others
 * are (`2018-03`, `May 2024`) and placed in their order (placement.ts), since that is where
 * the list's author files every entry. The item's date is its publication date, else its
 * arXiv id's month, else its venue's year (dates.ts `itemDate`).
 *
 * Only when this is clearly what the list does: every sub-section (trailing matter aside) is
 * named by a date of one grain, month or year, in order, at least two of them; the topic has
 * no entries of its own; and the list files by the entries' own dates: of its dated entries,
 * at least three and two in three sit in the section of their date. A log filed by the month
 * a paper was read (old papers under this month) is no such list. Otherwise, and for an item
 * with no date (or only a year where the sections are months), the topic as picked. An item
 * the list already holds under one of the dates stays where it is.
 */
import { parentTopicPath, topicDisplayName } from '../../topic-path';
import type { Item } from '../../types';
import { TOPIC_SEPARATOR } from '../../types';
import type { Doc, Entry, Section } from '../document';
import { type DateValue, itemDate, writeDate } from './dates';
import { readHeadingDate, TRAILING } from './placement';

interface DateChild {
  path: string;
  date: DateValue;
}

interface DateRun {
  months: boolean;
  /** How the sections write their dates (`YYYY-MM`), the most common form. */
  form: string;
  children: DateChild[];
}

function sameDate(section: DateValue, date: DateValue, months: boolean): boolean {
  return section.year === date.year && (!months || section.month === date.month);
}

/** Whether `values` never step back, or never step forward. */
function ordered(values: number[]): boolean {
  const up = values.every((value, i) => i === 0 || value >= (values[i - 1] ?? 0));
  const down = values.every((value, i) => i === 0 || value <= (values[i - 1] ?? 0));
  return up || down;
}

export class DateSections {
  private readonly runs = new Map<string, DateRun | null>();
  private children?: Map<string, Section[]>;
  private entries?: Map<string, Entry[]>;

  constructor(private readonly doc: Doc) {}

  /** The topic `item` is written under when it was saved into `topic`. */
  route(topic: string, item: Item): string {
    const run = this.runOf(topic);
    if (!run) return topic;
    const held = run.children.find((child) =>
      this.entriesOf(child.path).some((entry) => entry.capture.key === item.key),
    );
    if (held) return held.path;
    const date = itemDate(item);
    if (!date || (run.months && date.month === undefined)) return topic;
    const child = run.children.find((candidate) => sameDate(candidate.date, date, run.months));
    if (child) return child.path;
    const name = writeDate(run.form, run.months ? date : { year: date.year });
    if (name === null) return topic;
    return topic ? `${topic}${TOPIC_SEPARATOR}${name}` : name;
  }

  private entriesOf(topic: string): Entry[] {
    if (!this.entries) {
      this.entries = new Map();
      for (const entry of this.doc.entries) {
        const list = this.entries.get(entry.topic) ?? [];
        list.push(entry);
        this.entries.set(entry.topic, list);
      }
    }
    return this.entries.get(topic) ?? [];
  }

  private childrenOf(topic: string): Section[] {
    if (!this.children) {
      this.children = new Map();
      const seen = new Set<string>();
      for (const section of this.doc.sections) {
        if (!section.heading || section.heading.isTitle || seen.has(section.path)) continue;
        seen.add(section.path);
        const parent = parentTopicPath(section.path);
        const list = this.children.get(parent) ?? [];
        list.push(section);
        this.children.set(parent, list);
      }
    }
    return this.children.get(topic) ?? [];
  }

  private runOf(topic: string): DateRun | null {
    let run = this.runs.get(topic);
    if (run === undefined) {
      run = this.readRun(topic);
      this.runs.set(topic, run);
    }
    return run;
  }

  private readRun(topic: string): DateRun | null {
    const sections = this.childrenOf(topic);
    let count = sections.length;
    while (count > 0 && TRAILING.test(topicDisplayName(sections[count - 1] as Section))) count--;
    if (count < 2 || this.entriesOf(topic).length) return null;
    const reads = sections.slice(0, count).map((section) => ({
      path: section.path,
      read: readHeadingDate(topicDisplayName(section)),
    }));
    if (reads.some(({ read }) => !read)) return null;
    const children = reads.map(({ path, read }) => ({ path, date: read?.value as DateValue }));
    const months = children.every((child) => child.date.month !== undefined);
    if (!months && children.some((child) => child.date.month !== undefined)) return null;
    if (!ordered(children.map(({ date }) => date.year * 100 + (date.month ?? 0)))) return null;
    let dated = 0;
    let matched = 0;
    for (const child of children)
      for (const entry of this.entriesOf(child.path)) {
        const date = itemDate(entry.capture);
        if (!date || (months && date.month === undefined)) continue;
        dated++;
        if (sameDate(child.date, date, months)) matched++;
      }
    if (matched < 3 || matched * 3 < dated * 2) return null;
    const forms = new Map<string, number>();
    for (const { read } of reads)
      forms.set(read?.form ?? '', (forms.get(read?.form ?? '') ?? 0) + 1);
    const form = [...forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    return { months, form, children };
  }
}
