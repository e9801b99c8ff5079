/**
 * Command-line options for every `shelf` command, on Node's own `util.parseArgs`: string
 * options (`--topic x` or `--topic=x`), flags, positionals; anything else is the user's
 * mistake, reported with the command's usage.
 */
import { parseArgs } from 'node:util';
import { CliError } from './errors';

export interface ParsedArgs {
  /** `--help` / `-h` was given: print the usage and stop. */
  help: boolean;
  values: Record<string, string | undefined>;
  flags: Record<string, boolean>;
  positionals: string[];
}

export function parseCommandArgs(
  args: string[],
  spec: { strings?: string[]; flags?: string[] },
  usage: string,
): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const name of spec.strings ?? []) options[name] = { type: 'string' };
  for (const name of spec.flags ?? []) options[name] = { type: 'boolean' };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${shortMessage(error as Error & { code?: string })}\n${usage}`);
  }
  const values: Record<string, string | undefined> = {};
  const flags: Record<string, boolean> = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'string') values[name] = value;
    else if (typeof value === 'boolean') flags[name] = value;
  }
  return { help: flags.help === true, values, flags, positionals: parsed.positionals };
}

/** Node's wording, shortened: "unknown option --x", "--y needs a value". */
function shortMessage(error: Error & { code?: string }): string {
  const option = /'(--?[^' ]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return `${option} needs a value`;
  }
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return 'unexpected argument';
  return error.message;
}
