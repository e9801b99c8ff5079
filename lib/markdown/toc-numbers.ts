/**
 * Numbers in a table of contents after topics were added or deleted (issue 11, point 6): a
 * group of sibling lines numbered one after another (`1.` `2.` `3.`, `2.1` `2.2`) is numbered
 * again in its new order, and a renumbered line's children follow (`3.1` under `3.` becomes
 * `4.1`); a group numbered `1.` throughout gives a new line `1.` too; any other numbering is
 * kept as the list's author wrote it and a new line takes the number after the one above it.
 */

/** One TOC link, in the TOC's order after the edits, with the number it shows. */
export interface NumberSlot {
  /** Nesting level: deeper lines are the children of the line above them. */
  level: number;
  /** The number's parts (`2.1` → [2, 1]); null when the line shows none. */
  parts: number[] | null;
  /** A line for a new topic. */
  fresh: boolean;
  /** A line taken out with its topic: it keeps its place in the old order only. */
  removed: boolean;
  /** The heading shows the same number: the TOC cannot renumber it alone. */
  fixed: boolean;
}

function same(a: number[] | null, b: number[] | null): boolean {
  return a !== null && b !== null && a.length === b.length && a.every((part, i) => part === b[i]);
}

/** Sibling groups, each its slots' indices in order, groups in the order they start. */
function groups(slots: NumberSlot[]): { parent: number; members: number[] }[] {
  const byKey = new Map<string, { parent: number; members: number[] }>();
  const stack: number[] = [];
  slots.forEach((slot, index) => {
    while (stack.length && (slots[stack[stack.length - 1] ?? 0]?.level ?? 0) >= slot.level)
      stack.pop();
    const parent = stack[stack.length - 1] ?? -1;
    stack.push(index);
    const key = `${parent}:${slot.level}`;
    const group = byKey.get(key) ?? { parent, members: [] };
    group.members.push(index);
    byKey.set(key, group);
  });
  return [...byKey.values()];
}

/**
 * The numbers that change: new lines', and those of the lines after an added or removed one
 * in a group numbered one after another. Keyed by slot index.
 */
export function renumber(slots: NumberSlot[]): Map<number, number[]> {
  const next = new Map<number, number[]>();
  for (const { parent, members } of groups(slots)) {
    const parentOld = slots[parent]?.parts ?? null;
    const parentNew = next.get(parent);
    const touched = members.some((i) => slots[i]?.fresh || slots[i]?.removed);
    if (!touched && !parentNew) continue;
    // The author's numbers decide; a group of new lines only follows its new parent.
    const own = members.filter((i) => !slots[i]?.fresh);
    const base = own.length ? own : members;
    const numbers = base.map((i) => slots[i]?.parts ?? null);
    if (base.some((i) => slots[i]?.fixed)) continue;
    const first = numbers[0];
    if (!first || numbers.some((parts) => !parts || parts.length !== first.length)) continue;
    const prefix = first.slice(0, -1);
    if (numbers.some((parts) => !same(parts?.slice(0, -1) ?? null, prefix))) continue;
    const lasts = numbers.map((parts) => parts?.[parts.length - 1] ?? 0);
    const start = lasts[0] ?? 1;
    const constant = lasts.length > 1 && lasts.every((last) => last === start);
    const sequential = lasts.every((last, i) => i === 0 || last === (lasts[i - 1] ?? 0) + 1);
    const newPrefix = parentNew && same(prefix, parentOld) ? parentNew : prefix;
    let count = start;
    let previous = start - 1;
    for (const index of members) {
      const slot = slots[index] as NumberSlot;
      if (slot.removed) continue;
      const written = slot.parts?.[slot.parts.length - 1];
      let last: number;
      if (sequential) last = count++;
      else if (constant) last = slot.fresh ? start : (written ?? start);
      else last = slot.fresh || written === undefined ? previous + 1 : written;
      previous = last;
      const parts = [...newPrefix, last];
      if (!same(parts, slot.parts)) next.set(index, parts);
    }
  }
  return next;
}

/** A number as a TOC line shows it before its name: `2.1 `, `3. `. */
export interface WrittenNumber {
  parts: number[];
  /** The mark after it ('.' or '') and the space before the name. */
  dot: string;
  gap: string;
}

const NUMBER = /^(\s*)(\d+(?:\.\d+)*)(\.?)(\s+)/;

/** The number `text` starts with, if any. */
export function readNumber(text: string): WrittenNumber | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  return {
    parts: (match[2] ?? '').split('.').map(Number),
    dot: match[3] ?? '',
    gap: match[4] ?? ' ',
  };
}

/** `text` showing `parts` in place of its number, or before it in the way `form` writes one. */
export function withNumber(text: string, parts: number[], form: WrittenNumber): string {
  const number = parts.join('.');
  if (NUMBER.test(text))
    return text.replace(
      NUMBER,
      (_, lead: string, _old: string, dot: string, gap: string) => `${lead}${number}${dot}${gap}`,
    );
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  return `${lead}${number}${form.dot}${form.gap}${text.slice(lead.length)}`;
}
