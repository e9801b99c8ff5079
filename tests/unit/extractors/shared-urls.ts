/** The URL each page of ../shared/pages was saved from, as ../shared/README.md lists it. */

/** `| \`file.html\` | https://… (note) | …` rows of the README's page tables. */
export function sharedPageUrls(readme: string): Map<string, string> {
  const urls = new Map<string, string>();
  for (const match of readme.matchAll(/^\|\s*`([^`]+\.html)`\s*\|\s*(https?:\/\/\S+)/gm)) {
    if (match[1] && match[2]) urls.set(match[1], match[2]);
  }
  return urls;
}
