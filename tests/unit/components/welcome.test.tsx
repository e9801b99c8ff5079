// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Welcome } from '../../../components/welcome/Welcome';

afterEach(cleanup);

describe('welcome page', () => {
  it('leads into the library: a Markdown or BibTeX file, a GitHub URL, the library itself', () => {
    render(<Welcome browser="chromium" shortcut="Alt+Shift+S" />);
    const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
    expect(href('Import a Markdown file')).toBe('/options.html#import-markdown');
    expect(href('Import a BibTeX file')).toBe('/options.html#import-bibtex');
    expect(href('Import from a GitHub URL')).toBe('/options.html#github');
    expect(href('Open your library')).toBe('/options.html');
    // Nothing on the page comes from the web.
    for (const link of screen.getAllByRole('link')) {
      expect(link.getAttribute('href')).toMatch(/^\/options\.html/);
    }
  });

  it('shows the shortcut the browser has, or how to set one when there is none', () => {
    const { rerender } = render(<Welcome browser="chromium" shortcut={undefined} />);
    expect(screen.getByText(/Reading your shortcut/)).toBeTruthy();
    rerender(<Welcome browser="chromium" shortcut="Ctrl+Shift+Y" />);
    expect(screen.getByText('Ctrl+Shift+Y').tagName).toBe('KBD');
    rerender(<Welcome browser="chromium" shortcut="" />);
    expect(screen.getByText(/No key is set/).textContent).toContain(
      'chrome://extensions/shortcuts',
    );
  });

  it('explains pinning the button in the browser it runs in', () => {
    const { rerender } = render(<Welcome browser="chromium" shortcut="" />);
    expect(screen.getByText(/Click the pin beside Paper Shelf/)).toBeTruthy();
    rerender(<Welcome browser="firefox" shortcut="" />);
    expect(screen.getByText(/“Pin to Toolbar”/)).toBeTruthy();
    expect(screen.getByText(/No key is set/).textContent).toContain('Manage Extension Shortcuts');
  });
});
