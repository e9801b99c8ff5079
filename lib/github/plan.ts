/**
 * What a push would do, computed from the file as it is on GitHub now: the merged text,
 * its diff against that file, the proposed commit message, and any change that can no
 * longer be applied. Pure and synchronous: the commit panel shows it, push carries it out.
 */
import type { Collection } from '../collection/collection';
import { type DiffLine, diffLines } from '../diff';
import type { List } from '../types';
import type { RemoteFile } from './contents';
import type { LocalChanges } from './local-changes';
import { commitMessage } from './message';
import { type Conflict, reapply } from './reapply';

export interface PushPlan {
  remote: RemoteFile;
  /** The file as the push would write it. */
  text: string;
  diff: DiffLine[];
  changes: LocalChanges;
  conflicts: Conflict[];
  message: string;
  /** The merged text is the remote file: nothing to commit. */
  nothingNew: boolean;
}

/**
 * Who makes the plan: `planPush` itself, or the library page's Worker running it (the
 * text work of a 400 KB list would otherwise hold the page's thread for a while).
 */
export type Planner = (
  collection: Collection,
  list: List,
  remote: RemoteFile,
  now: Date,
) => PushPlan | Promise<PushPlan>;

export function planPush(
  collection: Collection,
  list: List,
  remote: RemoteFile,
  now: Date,
): PushPlan {
  // A list never synced (connected, then nothing pulled) re-applies onto the file itself.
  const base = list.github?.baseText ?? list.source ?? remote.text;
  const merged = reapply({ collection, list, base, remote: remote.text, now });
  return {
    remote,
    text: merged.text,
    diff: diffLines(remote.text, merged.text),
    changes: merged.changes,
    conflicts: merged.conflicts,
    message: commitMessage(merged.changes, list),
    nothingNew: merged.text === remote.text,
  };
}
