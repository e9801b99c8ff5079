// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListChooser } from '../../../components/ListChooser';
import { TopicPicker, topicOptions, topicsToSave } from '../../../components/TopicPicker';
import type { List, Topic } from '../../../lib/types';

function topic(path: string, order: number, listId = 'reading'): Topic {
  return { id: `${listId}:${path}`, listId, path, order, createdAt: 0 };
}

const topics = [
  topic('Quantization', 0),
  topic('Quantization / 2024', 1),
  topic('Speculative decoding', 2),
  topic('Agents', 3),
  topic('Elsewhere', 0, 'other'),
];

/** The popup's use of the picker: state held by the form, the set saved on submit. */
function Harness(props: {
  initialValue?: string;
  initialSelected?: string[];
  suggestions?: Topic[];
  listId?: string;
  onSave(paths: string[]): void;
}) {
  const [value, setValue] = useState(props.initialValue ?? '');
  const [selected, setSelected] = useState(props.initialSelected ?? []);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave(topicsToSave(selected, value));
      }}
    >
      <TopicPicker
        topics={topics}
        listId={props.listId}
        selected={selected}
        onSelectedChange={setSelected}
        value={value}
        onValueChange={setValue}
        suggestions={props.suggestions}
      />
      <button type="submit">Save</button>
    </form>
  );
}

function setup(props: Partial<Parameters<typeof Harness>[0]> = {}) {
  const onSave = vi.fn<(paths: string[]) => void>();
  render(<Harness listId="reading" {...props} onSave={onSave} />);
  const input = screen.getByLabelText('Topic') as HTMLInputElement;
  return { onSave, input };
}

/**
 * jsdom has no implicit submission: a browser submits the form on an Enter the page did
 * not cancel. Reproduce exactly that, so the test sees what a user would.
 */
function pressEnter(input: HTMLInputElement) {
  const notCancelled = fireEvent.keyDown(input, { key: 'Enter' });
  if (notCancelled) input.form?.requestSubmit();
  return notCancelled;
}

function optionNames(): string[] {
  return screen.queryAllByRole('option').map((option) => option.textContent ?? '');
}

afterEach(cleanup);

describe('TopicPicker', () => {
  it('is a labelled combobox named exactly "Topic", its list closed at first', () => {
    const { input } = setup();
    expect(screen.getByRole('combobox', { name: 'Topic' })).toBe(input);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    const listbox = document.getElementById(input.getAttribute('aria-controls') as string);
    expect(listbox?.getAttribute('role')).toBe('listbox');
    expect(screen.queryByRole('listbox')).toBeNull(); // hidden
    // Nothing else may carry "topic" in a label: Playwright's getByLabel('Topic') is a substring match.
    const labelled = [...document.querySelectorAll('[aria-label]')].map((element) =>
      element.getAttribute('aria-label'),
    );
    expect(labelled.filter((label) => /topic/i.test(label ?? ''))).toEqual([]);
  });

  it('keyboard only: type, arrows, Enter picks as a chip, Enter again saves', () => {
    const { input, onSave } = setup();
    fireEvent.input(input, { target: { value: 'qnt 24' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(optionNames()).toEqual(['Quantization / 2024', 'Create topic “qnt 24”']);
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const first = screen.getAllByRole('option')[0] as HTMLElement;
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect([...first.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Q',
      'nt',
      '24',
    ]);
    expect(first.querySelector('.topic-parent')?.textContent).toBe('Quantization / ');

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' }); // wraps to the first again
    fireEvent.keyDown(input, { key: 'ArrowUp' }); // and back to the last
    expect(screen.getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowUp' });

    expect(pressEnter(input)).toBe(false); // picking is not saving
    expect(onSave).not.toHaveBeenCalled();
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('button', { name: 'Remove topic Quantization / 2024' })).toBeTruthy();

    expect(pressEnter(input)).toBe(true);
    expect(onSave).toHaveBeenCalledWith(['Quantization / 2024']);
  });

  it('Escape closes the list and keeps the text; Enter then saves what was typed', () => {
    const { input, onSave } = setup();
    fireEvent.input(input, { target: { value: 'Spec' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(fireEvent.keyDown(input, { key: 'Escape' })).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('Spec');
    // A second Escape has nothing to close: it is left to the page.
    expect(fireEvent.keyDown(input, { key: 'Escape' })).toBe(true);
    pressEnter(input);
    expect(onSave).toHaveBeenCalledWith(['Spec']);
  });

  it('Enter with the list open but nothing highlighted saves the typed path', () => {
    const { input, onSave } = setup();
    fireEvent.input(input, { target: { value: 'World models  /  Text games' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(pressEnter(input)).toBe(true);
    expect(onSave).toHaveBeenCalledWith(['World models / Text games']);
  });

  it('saves a prefilled topic with a single Enter', () => {
    const { input, onSave } = setup({ initialValue: 'Agents' });
    expect(input.value).toBe('Agents');
    expect(pressEnter(input)).toBe(true);
    expect(onSave).toHaveBeenCalledWith(['Agents']);
  });

  it('offers to create a new path, normalised, and picks it', () => {
    const { input, onSave } = setup();
    fireEvent.input(input, { target: { value: 'Robotics  /  Grasping' } });
    expect(optionNames()).toEqual(['Create topic “Robotics / Grasping”']);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    pressEnter(input);
    expect(screen.getByRole('button', { name: 'Remove topic Robotics / Grasping' })).toBeTruthy();
    pressEnter(input);
    expect(onSave).toHaveBeenCalledWith(['Robotics / Grasping']);
  });

  it('offers no "Create" for a path that exists in any case', () => {
    const { input } = setup();
    fireEvent.input(input, { target: { value: 'quantization' } });
    expect(optionNames()).toEqual(['Quantization', 'Quantization / 2024']);
  });

  it('keeps odd paths as typed: slashes at the ends, #, emoji, 200 characters', () => {
    const { input, onSave } = setup();
    const long = 'x'.repeat(200);
    for (const typed of ['/misc/', '#tag 🚀', long]) {
      fireEvent.input(input, { target: { value: typed } });
      expect(optionNames().at(-1)).toBe(`Create topic “${typed}”`);
      fireEvent.keyDown(input, { key: 'ArrowUp' });
      pressEnter(input);
    }
    pressEnter(input);
    expect(onSave).toHaveBeenCalledWith(['/misc/', '#tag 🚀', long]);
  });

  it('shows only the chosen list’s topics, all of them on ArrowDown in an empty box', () => {
    const { input } = setup();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(optionNames()).toEqual([
      'Quantization',
      'Quantization / 2024',
      'Speculative decoding',
      'Agents',
    ]);
    fireEvent.keyDown(input, { key: 'Tab' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('picks an option by mouse and removes chips by their buttons', () => {
    const { input, onSave } = setup({ initialSelected: ['Agents'] });
    fireEvent.input(input, { target: { value: 'spec' } });
    fireEvent.click(screen.getByRole('option', { name: 'Speculative decoding' }));
    const chips = screen.getByRole('list', { name: 'Filed under' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((chip) => chip.firstChild?.textContent),
    ).toEqual(['Agents', 'Speculative decoding']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove topic Agents' }));
    expect(document.activeElement).toBe(input);
    expect(screen.queryByRole('button', { name: 'Remove topic Agents' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith(['Speculative decoding']);
  });

  it('adds a suggestion on click, without submitting, and stops offering it', () => {
    const suggestions = [topics[2], topics[0], topics[3], topics[1]] as Topic[];
    const { input, onSave } = setup({ suggestions, initialValue: 'typed' });
    const group = screen.getByRole('group', { name: 'Suggested:' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Speculative decoding', 'Quantization', 'Agents']);
    fireEvent.click(screen.getByRole('button', { name: 'Quantization' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Remove topic Quantization' })).toBeTruthy();
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Speculative decoding', 'Agents', 'Quantization / 2024']);
    expect(input.value).toBe('typed');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith(['Quantization', 'typed']);
  });

  it('keeps no empty suggestions row while none has arrived', () => {
    setup();
    expect(document.querySelector('.topic-suggestions')).toBeNull();
    expect(screen.queryByText('Suggested:')).toBeNull();
  });
});

describe('topicsToSave', () => {
  it('normalises, drops empty paths and keeps each path once, in order', () => {
    expect(topicsToSave(['A / B', 'C'], ' A  /  B ')).toEqual(['A / B', 'C']);
    expect(topicsToSave([], '   ')).toEqual([]);
    expect(topicsToSave(['x'], 'Speculative decoding/LLM')).toEqual([
      'x',
      'Speculative decoding/LLM',
    ]);
  });
});

describe('topicOptions', () => {
  it('puts matches before the create option', () => {
    expect(topicOptions(['Agents'], 'ag x').map((o) => o.kind)).toEqual(['create']);
    expect(topicOptions(['Agents'], 'Agents').map((o) => o.kind)).toEqual(['existing']);
    expect(topicOptions(['Agents'], '')).toHaveLength(1);
  });
});

describe('ListChooser', () => {
  const list = (id: string, name: string): List => ({
    id,
    name,
    fileName: `${id}.md`,
    style: 'plain',
    createdAt: 0,
  });

  it('is absent with one list', () => {
    render(<ListChooser lists={[list('a', 'Reading list')]} value="a" onChange={() => {}} />);
    expect(screen.queryByLabelText('List')).toBeNull();
  });

  it('is a select labelled "List" with several', () => {
    const onChange = vi.fn();
    render(
      <ListChooser
        lists={[list('a', 'Reading list'), list('b', 'Awesome LLM')]}
        value="a"
        onChange={onChange}
      />,
    );
    const select = screen.getByLabelText('List') as HTMLSelectElement;
    expect(select.value).toBe('a');
    fireEvent.change(select, { target: { value: 'b' } });
    expect(onChange).toHaveBeenCalledWith('b');
  });
});
