/**
 * `npm run shelf -- <command> …`: the extension's library in Node, for people who build
 * their README in CI from a committed backup, and for testing.
 *
 * Each command lives in cli/commands/<name>.ts and exports `run(args): Promise<number>`
 * (the exit code). Errors meant for the user are `CliError`s: printed without a stack.
 */
import { CliError } from './errors';

const COMMANDS: Record<string, string> = {
  extract: 'print the record the extension would save for a saved page',
  import: 'turn a Markdown list (or a .bib file) into a backup',
  export: 'write a list of a backup as Markdown',
  add: 'file an item under a topic of a backup',
  connect: 'make a list of a file on GitHub, or link a list to it',
  pull: 'refresh a connected list from its file on GitHub',
  push: "commit (or --pr: propose) the list's new entries to its file on GitHub",
  bibtex: 'write a list or topic of a backup as BibTeX',
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, what]) => `  ${name.padEnd(8)} ${what}`);
  return `usage: shelf <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return 0;
  }
  if (!name || !(name in COMMANDS)) {
    process.stderr.write(usage());
    return name ? 1 : 0;
  }
  // `shelf import refs.bib` files BibTeX entries: its own module behind the same verb.
  const module =
    name === 'import' && args.some((arg) => /\.bib$/i.test(arg)) ? 'import-bibtex' : name;
  const command: { run: (args: string[]) => Promise<number> } = await import(
    `./commands/${module}.ts`
  );
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`shelf: ${error.message}\n`);
    } else {
      process.stderr.write(
        `shelf: unexpected error: ${String((error as Error)?.stack ?? error)}\n`,
      );
    }
    process.exitCode = 1;
  },
);
