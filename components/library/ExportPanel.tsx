/**
 * A list's export, ready to commit: the rendered preview, the raw Markdown, and what
 * changed since the file it was imported from; Copy and Download record the export.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { diffLines, hunks } from '../../lib/diff';
import { exportNotices, importList } from '../../lib/markdown/index';
import type { List } from '../../lib/types';
import { renderPreview } from './preview';
import { type LoadedImages, loadRemoteImages } from './remote-images';

type Tab = 'preview' | 'markdown' | 'changes';

interface Props {
  list: List;
  markdown: string;
  onCopy(text: string): Promise<void>;
  onDownload(fileName: string, text: string): void;
  /** Called after a copy or download: the export happened. */
  onExported(): void;
  onClose(): void;
  /** What Copy and Download did, said in the page's one status line. */
  onStatus(message: string): void;
  onError(message: string): void;
}

export function ExportPanel(props: Props) {
  const { list, markdown, onCopy, onDownload, onExported, onClose, onStatus, onError } = props;
  const [tab, setTab] = useState<Tab>('markdown');
  // Topics whose new entries could not follow their neighbours' pattern, and why.
  const notices = useMemo(
    () => (list.source === undefined ? [] : exportNotices(list.source, markdown)),
    [list.source, markdown],
  );
  const tabs: [Tab, string][] = [
    ['preview', 'Preview'],
    ['markdown', 'Markdown'],
    ['changes', 'Changes'],
  ];
  return (
    <section class="export-panel" aria-label={`Export of ${list.name}`}>
      <div class="tabs" role="tablist" aria-label="Export views">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      {notices.map((notice) => (
        <p key={notice} class="export-notice" role="note">
          {notice}
        </p>
      ))}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'preview' && <Preview markdown={markdown} />}
        {tab === 'markdown' && (
          <>
            <label for="markdown">Markdown</label>
            <textarea id="markdown" readOnly rows={18} value={markdown} spellcheck={false} />
          </>
        )}
        {tab === 'changes' && <Changes list={list} markdown={markdown} />}
      </div>
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            onCopy(markdown).then(
              () => {
                onStatus('Copied to the clipboard.');
                onExported();
              },
              (error: unknown) => onError(`Could not copy: ${String(error)}`),
            )
          }
        >
          Copy
        </button>
        <button
          type="button"
          class="primary"
          onClick={() => {
            onDownload(list.fileName, markdown);
            onStatus(`Downloaded ${list.fileName}.`);
            onExported();
          }}
        >
          Download
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}

function Preview({ markdown }: { markdown: string }) {
  const [web, setWeb] = useState(false);
  const [loaded, setLoaded] = useState<LoadedImages | null>(null);
  const preview = useMemo(
    () => renderPreview(markdown, window, web ? loaded?.images : undefined),
    [markdown, web, loaded],
  );
  const target = useRef<HTMLDivElement>(null);
  // DOMPurify's output only (see preview.ts), parsed into an inert document and moved in as
  // nodes: the page has no innerHTML sink at all (build/no-html-sinks.ts).
  useLayoutEffect(() => {
    const parsed = new DOMParser().parseFromString(preview.html, 'text/html');
    target.current?.replaceChildren(...parsed.body.childNodes);
  }, [preview.html]);
  useEffect(() => {
    if (!web) return;
    let live = true;
    // Asked for by the user: only now does the preview make requests (see preview.ts).
    loadRemoteImages(preview.remote, (url, init) => window.fetch(url, init)).then(
      (found) => live && setLoaded(found),
    );
    return () => {
      live = false;
    };
  }, [web, markdown]);
  const count = preview.remote.length;
  return (
    <section class="preview markdown-body" aria-label="Preview">
      <p class="preview-images">
        <label>
          <input
            type="checkbox"
            checked={web}
            onChange={(event) => {
              setLoaded(null);
              setWeb(event.currentTarget.checked);
            }}
          />{' '}
          Load images from the web
        </label>{' '}
        <span class="muted" role="status">
          {!web
            ? count
              ? `${count} image${count === 1 ? '' : 's'} not loaded: nothing is fetched until you ask.`
              : ''
            : loaded === null
              ? 'Loading images…'
              : loaded.failed
                ? `${loaded.failed} image${loaded.failed === 1 ? '' : 's'} could not be loaded (the site refused or it is not an image).`
                : ''}
        </span>
      </p>
      <div ref={target} />
    </section>
  );
}

interface Summary {
  added: number;
  removed: number;
  topicsAdded: number;
  topicsRemoved: number;
}

/** Entries and topics of the export that the imported file did not have, and the reverse. */
function summarise(before: string, after: string): Summary {
  // Each text read once (reading a big list is the slow part of this tab).
  const read = (text: string) => {
    const list = importList(text);
    return {
      pairs: new Set(list.entries.map((e) => `${e.topic}\u0000${e.capture.key}`)),
      topics: new Set(list.topics),
    };
  };
  const { pairs: a, topics: ta } = read(before);
  const { pairs: b, topics: tb } = read(after);
  return {
    added: [...b].filter((p) => !a.has(p)).length,
    removed: [...a].filter((p) => !b.has(p)).length,
    topicsAdded: [...tb].filter((t) => !ta.has(t)).length,
    topicsRemoved: [...ta].filter((t) => !tb.has(t)).length,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function Changes({ list, markdown }: { list: List; markdown: string }) {
  const before = list.source ?? '';
  const { lines, summary } = useMemo(
    () => ({ lines: hunks(diffLines(before, markdown), 2), summary: summarise(before, markdown) }),
    [before, markdown],
  );
  return (
    <div class="changes">
      <p>
        {list.source === undefined
          ? 'Not imported from a file: everything is new. '
          : 'Since the imported file: '}
        {plural(summary.added, 'item')} added, {summary.removed} removed;{' '}
        {plural(summary.topicsAdded, 'topic')} added, {summary.topicsRemoved} removed.
      </p>
      {lines.every((line) => line.type === 'same' || line.type === 'gap') ? (
        <p class="muted">No line differs from the imported file.</p>
      ) : (
        <pre class="diff" title="Line diff">
          {lines.map((line, index) =>
            line.type === 'gap' ? (
              <div key={index} class="gap">
                … {plural(line.skipped, 'unchanged line')}
              </div>
            ) : (
              <div key={index} class={line.type}>
                {line.type === 'added' ? '+ ' : line.type === 'removed' ? '- ' : '  '}
                {line.text}
              </div>
            ),
          )}
        </pre>
      )}
    </div>
  );
}
