/**
 * Writes to one file go one at a time: a second push of the same file waits for the first
 * to finish (whatever its outcome), so it reads the sha the first one wrote instead of
 * racing it into a 409. Different files do not wait for each other.
 */
export class FileQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(file: string, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(file) ?? Promise.resolve();
    const result = before.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(file, tail);
    void tail.then(() => {
      if (this.tails.get(file) === tail) this.tails.delete(file);
    });
    return result;
  }

  /** Files with a write running or waiting. */
  get busy(): string[] {
    return [...this.tails.keys()];
  }
}

export function fileKey(ref: {
  owner: string;
  repo: string;
  branch: string;
  path: string;
}): string {
  return `${ref.owner}/${ref.repo}@${ref.branch}:${ref.path}`.toLowerCase();
}
