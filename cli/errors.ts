/** An error the user caused (bad file, bad flag): printed as `shelf: message`, exit 1. */
export class CliError extends Error {
  override name = 'CliError';
}
