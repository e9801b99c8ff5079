/**
 * What the CLI tests share: each test runs the commands as functions in a fresh temporary
 * folder, with stdout captured and stderr silenced, and reads a refusal's message.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { CliError } from '../../cli/errors';

export interface CliSandbox {
  /** The test's temporary folder. */
  readonly dir: string;
  /** What the commands wrote to stdout in this test; a test may clear it between commands. */
  stdout: string;
}

export function useCliSandbox(prefix: string): CliSandbox {
  const state = { dir: '', stdout: '' };
  beforeEach(() => {
    state.dir = mkdtempSync(join(tmpdir(), prefix));
    state.stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      state.stdout += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(state.dir, { recursive: true, force: true });
  });
  return state;
}

/** The message of the CliError a command refused with; throws when it did not refuse. */
export async function cliError(promise: Promise<number>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CliError) return error.message;
    throw error;
  }
  throw new Error('no error');
}
