/**
 * What a site folder (lib/sites/<site>/) provides. The registries are plain ordered arrays
 * of these: lib/identity.ts holds the sites' URL rules (light: content scripts carry it),
 * lib/sites/index.ts the sites themselves (extractors, field rules), lib/sites/sources.ts
 * their API sources (kept apart: the page-capture script carries every extractor, and must
 * not carry the API clients and their parsers).
 */
import type { Extractor } from '../extractors/types';
import type { Capture, HubFields, ItemKind } from '../types';

export interface Identity {
  /** `arxiv:2106.09608`, `github:owner/repo`, `hf:model:owner/name`, `url:https://…`. */
  key: string;
  kind: ItemKind;
  /** Canonical URL of the work (arXiv abs page without version, repo root, …). */
  url: string;
  arxiv?: { id: string; version?: number };
  /** A preprint version the URL names, for works keyed without it (bioRxiv `v2` → 2). */
  version?: number;
  repo?: { owner: string; name: string };
  hub?: Pick<HubFields, 'type' | 'id' | 'owner'>;
  /** A page inside a GitHub repo (issue, PR, file): the repo's key. */
  contextKey?: string;
}

/** One site's URL rules: which of its URLs name which work. */
export interface UrlRule {
  site: string;
  /**
   * Host permissions (match patterns) the extension needs for this site: its pages (badge,
   * content scripts) and its APIs. wxt.config.ts unites them.
   */
  hostPermissions: string[];
  /** The work a URL of this site names; null when the URL is not this site's. */
  identify(url: URL, segments: string[]): Identity | null;
}

/** The record a site keeps inside a capture (`arxiv`, `repo`, `hub`). */
export type SiteRecord = 'arxiv' | 'repo' | 'hub';

/** Path into a JSON document, for backup error messages. */
export type JsonPath = (string | number)[];

/** The backup validator's checks, handed to a site's `validate` (lib/backup.ts owns them). */
export interface FieldChecks {
  string(
    record: Record<string, unknown>,
    name: string,
    at: JsonPath,
    options?: { optional?: boolean; nonEmpty?: boolean },
  ): void;
  number(record: Record<string, unknown>, name: string, at: JsonPath, optional?: boolean): void;
  strings(record: Record<string, unknown>, name: string, at: JsonPath): void;
  oneOf(record: Record<string, unknown>, name: string, values: string[], at: JsonPath): void;
  /** An http(s) URL (nothing that could run: `javascript:`, `data:`). */
  webUrl(record: Record<string, unknown>, name: string, at: JsonPath, optional?: boolean): void;
}

/**
 * How a site's own record behaves in the shared code: backup validation, merging a new
 * capture into a stored record, search, and the tab title a Markdown style writes.
 */
export interface FieldRules {
  /** The capture property that holds the record. */
  field: SiteRecord;
  /** Checks the record of a backup item (`where` already names the field). */
  validate(record: Record<string, unknown>, where: JsonPath, check: FieldChecks): void;
  /**
   * The record after `incoming` is filed into `existing` (both hold one). `older` is true
   * when the capture is an older arXiv version than the record.
   */
  merge(existing: Capture, incoming: Capture, older: boolean): Partial<Capture>;
  /** What search looks through for this record ('' when the capture has none). */
  searchText(capture: Capture): string;
  /** The browser tab title of this site's pages, read and written (obsidian style). */
  tabTitle?: {
    /** Title (and description) a pasted tab title tells; undefined when it is not this site's. */
    read(
      pageTitle: string,
      capture: Pick<Capture, 'kind' | SiteRecord>,
    ): { title: string; description?: string } | undefined;
    /** The tab title built from the record; undefined when the capture is not this site's. */
    write(capture: Capture): string | undefined;
  };
}

export interface Site {
  name: string;
  /** Tried in order (lib/extractors/index.ts unites all sites' lists, `generic` last). */
  extractors: Extractor[];
  fields?: FieldRules;
}
