import { describe, expect, it } from 'vitest';
import { FIELD_RULES } from '../../../lib/sites/field-rules';
import { SITES } from '../../../lib/sites/index';

describe('FIELD_RULES', () => {
  it("holds every site's record rules, in the sites' order", () => {
    // Listed apart from the sites so the store does not load their extractors: a site that
    // gains `fields` and is not added there would lose its merge, search and backup rules.
    const expected = SITES.flatMap((site) => (site.fields ? [site.fields] : []));
    expect(FIELD_RULES).toHaveLength(expected.length);
    FIELD_RULES.forEach((rules, i) => expect(rules).toBe(expected[i]));
  });
});
