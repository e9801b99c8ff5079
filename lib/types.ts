/**
 * The shared vocabulary of Paper Shelf. Extractors and API clients produce a `Capture`;
 * the store keeps it inside an `Item` with where the user filed it; the Markdown engine
 * reads items and writes them in a list's style.
 */

export type ItemKind = 'paper' | 'repo' | 'model' | 'dataset' | 'space' | 'page';

export interface ArxivFields {
  /** Without version: `2106.09608`, or old style `hep-th/9901001`. */
  id: string;
  /** Version as captured (`2` for `v2`). */
  version?: number;
  /** First version's date, ISO `YYYY-MM-DD`. */
  published?: string;
  /** This version's date, ISO `YYYY-MM-DD`. */
  updated?: string;
  pdfUrl?: string;
  /** Primary subject, e.g. `cs.CL`. */
  primaryCategory?: string;
  comments?: string;
  doi?: string;
}

export interface RepoFields {
  owner: string;
  name: string;
  stars?: number;
  topics?: string[];
  language?: string;
  license?: string;
  homepage?: string;
}

export interface HubFields {
  type: 'model' | 'dataset' | 'space';
  /** `owner/name` as the Hub spells it. */
  id: string;
  owner: string;
  likes?: number;
  downloads?: number;
  pipelineTag?: string;
  license?: string;
  library?: string;
  /** Spaces only: gradio, streamlit, docker, static. */
  sdk?: string;
}

/**
 * Where a paper was published: from the page's own tags (a DOI landing page) or from a
 * published-version look-up of an arXiv paper. Citations and list styles read it.
 */
export interface VenueFields {
  /** As people write it: `NeurIPS`, `ACL`, `Nature Communications`. */
  name: string;
  /** `conference` and `workshop` cite as @inproceedings, `journal` as @article. */
  type?: 'conference' | 'journal' | 'workshop' | 'other';
  year?: number;
  volume?: string;
  issue?: string;
  pages?: string;
  publisher?: string;
  /** Where it was learnt: `page`, `semantic-scholar`, `dblp`. */
  source?: string;
}

/** What one page (or API answer, or imported list entry) tells about one work. */
export interface Capture {
  /** Identity key from lib/identity.ts: `arxiv:2106.09608`, `github:owner/repo`, `url:…`. */
  key: string;
  kind: ItemKind;
  /** The work's canonical URL. */
  url: string;
  title: string;
  /** The title a browser tab shows for the page, as a person would paste it (obsidian style). */
  pageTitle?: string;
  /** In reading order, "First Last". */
  authors?: string[];
  abstract?: string;
  description?: string;
  arxiv?: ArxivFields;
  repo?: RepoFields;
  hub?: HubFields;
  /**
   * The work's DOI in lower case (`10.1371/journal.pone.0213978`): the publisher's version
   * when one is known. arXiv's own DataCite DOI is derived from the id, not stored here.
   */
  doi?: string;
  /** Publication date as precise as known: `2019`, `2019-03`, `2019-03-21`. */
  published?: string;
  venue?: VenueFields;
  /** The authors' or the venue's keywords for a paper (OpenReview, proceedings pages). */
  keywords?: string[];
  /** Version of a preprint kept under one record that is not arXiv's (bioRxiv `v2` → 2). */
  version?: number;
  /** Citation count from a published-version look-up, with the day it was read. */
  citations?: { count: number; checkedAt: string };
  /** URLs of code that implements a paper (GitHub repos from comments, HF paper page). */
  codeUrls?: string[];
  /** arXiv ids (no version) a model, dataset or space cites. */
  paperIds?: string[];
  /** For a page inside a repo (issue, PR, file): the repo's identity key. */
  contextKey?: string;
  /** Human-readable names of what could not be found ("authors", "abstract"). */
  missing?: string[];
  /**
   * Why something is missing or doubtful, for people ("arXiv API did not answer", "page
   * says arXiv:X but the URL is arXiv:Y"). Added for capture (issue 3); optional.
   */
  notes?: string[];
}

export type ReadStatus = 'to-read' | 'read';

/** A stored record: one per work, keyed by identity. */
export interface Item extends Capture {
  note: string;
  status: ReadStatus;
  /** Topics (ids into the topics store) the item is filed under; possibly in several lists. */
  topicIds: string[];
  /** First save, ms since epoch; orders items inside a topic. */
  savedAt: number;
  /** Last change of any kind. */
  updatedAt: number;
  /** Last change made by the user (note, title, status, topics). */
  editedAt?: number;
  /**
   * Identity keys of the works this one points to (its code, the papers it cites, its
   * repo): derived from the capture by lib/collection/links.ts, indexed to find the records
   * pointing back. Absent when there are none.
   */
  links?: string[];
  /**
   * The BibTeX key the item was first exported (or imported) under: kept from then on, so
   * a paper citing it keeps compiling (lib/bibtex/keys.ts). Absent until first cited.
   */
  citeKey?: string;
}

export type StyleName = 'awesome' | 'numbered' | 'wiki' | 'obsidian' | 'plain';

export interface List {
  id: string;
  name: string;
  /** File the list is exported to, e.g. `README.md`. */
  fileName: string;
  style: StyleName;
  /** The Markdown file the list was imported from, byte for byte. */
  source?: string;
  importedAt?: number;
  exportedAt?: number;
  createdAt: number;
  /** The GitHub file the list lives in, and what it was last in sync with (lib/github/). */
  github?: GitHubSync;
}

/** A list's link to a file on GitHub. Never holds a token. */
export interface GitHubSync {
  owner: string;
  repo: string;
  branch: string;
  path: string;
  /** The file's text at the last pull or push: the base of the next three-way re-apply. */
  baseText: string;
  /** Its blob sha. */
  baseSha: string;
  /** When, ms since epoch. */
  syncedAt: number;
  /** The last pull request opened from the list, if any. */
  pullRequest?: { url: string; number: number; branch: string };
}

export interface Topic {
  id: string;
  listId: string;
  /** Heading path joined with ` / `: `Papers / Optimization concepts`. */
  path: string;
  /** Position among the list's topics (document order for imported lists). */
  order: number;
  /**
   * The heading path the topic has in the list's imported file. Kept when the topic is
   * renamed, so export renames that heading in place instead of adding a new one.
   */
  sourcePath?: string;
  createdAt: number;
}

/** The whole collection as one JSON document (backup, CLI input/output). */
export interface Backup {
  format: 'paper-shelf-backup';
  version: 1;
  exportedAt: string;
  lists: List[];
  topics: Topic[];
  items: Item[];
}

/** The separator between the parts of a topic path. */
export const TOPIC_SEPARATOR = ' / ';
