/**
 * Topics whose sub-sections are dates (issue 11, points 5 and 7): a reading log of month
 * headings (`#### 2018-02` … `#### 2014-01`, `#### 2013` in dennybritz/deeplearning-papernotes),
 * or a topic split by year.
 *
 * The rule: a dated item saved into such a topic (the parent the user picked, not one of its
 * dates) is written into the sub-section of its date, or into a new one named as the nearest
 * one is (`2018-03`, `May 2024`, `2012`) and placed in their order (placement.ts), since that
 * is where the list's author files every entry. The item's date is its publication date,
 * else its arXiv id's month, else its venue's year (dates.ts `itemDate`).
 *
 * Only when this is clearly what the list does: every sub-section (trailing matter aside) is
 * named by a month or a year, in order, at least two of them; the topic has no entries of its
 * own; and the list files by the entries' own dates: of its dated entries, at least three and
 * two in three sit in the section of their date. A log filed by the month a paper was read
 * (old papers under this month) is no such list. Otherwise, and for an item with no date (or
 * only a year where the sections are months), the topic as picked. An item the list already
 * holds under one of the dates stays where it is.
 */
import { parentTopicPath, topicDisplayName } from '../../topic-path';
import type { Item } from '../../types';
import { TOPIC_SEPARATOR } from '../../types';
import type { Doc, Entry, Section } from '../document';
import { type DateValue, itemDate, writeDate } from './dates';
import { readHeadingDate, TRAILING } from './placement';

interface DateChild {
  path: string;
  /** The date the heading names: a month, or a year only. */
  date: DateValue;
  /** How the heading writes it (`YYYY-MM`, `YYYY`). */
  form: string;
}

/** Whether a date falls in a section's date (its year, and its month when it names one). */
function within(section: DateValue, date: DateValue): boolean {
  if (section.year !== date.year) return false;
  return section.month === undefined || section.month === date.month;
}

/** Years count as their month 0: a run may go from months to years (`2014-01`, `2013`). */
function order(date: DateValue): number {
  return date.year * 100 + (date.month ?? 0);
}

/** Whether `values` never step back, or never step forward. */
function ordered(values: number[]): boolean {
  const up = values.every((value, i) => i === 0 || value >= (values[i - 1] ?? 0));
  const down = values.every((value, i) => i === 0 || value <= (values[i - 1] ?? 0));
  return up || down;
}

export class DateSections {
  private readonly runs = new Map<string, DateChild[] | null>();
  private children?: Map<string, Section[]>;
  private entries?: Map<string, Entry[]>;

  constructor(private readonly doc: Doc) {}

  /** The topic `item` is written under when it was saved into `topic`. */
  route(topic: string, item: Item): string {
    const run = this.runOf(topic);
    if (!run) return topic;
    const held = run.find((child) =>
      this.entriesOf(child.path).some((entry) => entry.capture.key === item.key),
    );
    if (held) return held.path;
    const date = itemDate(item);
    if (!date) return topic;
    // A month section takes an item of that month; a year section, any item of its year.
    const child = run.find((candidate) => within(candidate.date, date));
    if (child) return child.path;
    // A new section is named the way the section nearest its date is (`2018-03` beside
    // `2018-02`, `2012` between `2013` and `2011`).
    const nearest = run.reduce((best, candidate) =>
      Math.abs(order(candidate.date) - order(date)) < Math.abs(order(best.date) - order(date))
        ? candidate
        : best,
    );
    const name = writeDate(nearest.form, date);
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

  private runOf(topic: string): DateChild[] | null {
    let run = this.runs.get(topic);
    if (run === undefined) {
      run = this.readRun(topic);
      this.runs.set(topic, run);
    }
    return run;
  }

  /** The topic's sub-sections when they are a run of dates its entries are filed by. */
  private readRun(topic: string): DateChild[] | null {
    const sections = this.childrenOf(topic);
    let count = sections.length;
    while (count > 0 && TRAILING.test(topicDisplayName(sections[count - 1] as Section))) count--;
    if (count < 2) return null;
    const run: DateChild[] = [];
    for (const section of sections.slice(0, count)) {
      const read = readHeadingDate(topicDisplayName(section));
      if (!read) return null;
      run.push({ path: section.path, date: read.value, form: read.form });
    }
    if (!ordered(run.map((child) => order(child.date))) || this.entriesOf(topic).length)
      return null;
    let dated = 0;
    let matched = 0;
    for (const child of run)
      for (const entry of this.entriesOf(child.path)) {
        const date = itemDate(entry.capture);
        if (!date || (child.date.month !== undefined && date.month === undefined)) continue;
        dated++;
        if (within(child.date, date)) matched++;
      }
    return matched >= 3 && matched * 3 >= dated * 2 ? run : null;
  }
}
