import type { Finding } from '@lac/access';
import { describe, expect, it } from 'vitest';
import { maskError } from './format-error';
import { confidentialFactInText } from './free-text';

const finding = (field: string, found: string): Finding => ({
  field,
  kind: 'placement_postcode',
  what: 'a placement postcode',
  found,
  start: 3,
  end: 3 + found.length,
  reader: 'parent',
  message: `There is a placement postcode (“${found}”) in ${field}: a parent may not see it.`,
});

describe('confidentialFactInText', () => {
  it('is a typed error naming every finding, the first field as `field`, and survives the subgraph’s mask', () => {
    const error = confidentialFactInText([finding('parentSummary', 'ZZ7 8JA'), finding('carerSummary', 'zz78ja')]);
    expect(error.message).toBe(
      'There is a placement postcode (“ZZ7 8JA”) in parentSummary: a parent may not see it. ' +
        'There is a placement postcode (“zz78ja”) in carerSummary: a parent may not see it.',
    );
    expect(error.extensions).toMatchObject({
      code: 'CONFIDENTIAL_FACT_IN_TEXT',
      field: 'parentSummary',
      problem: 'CONFIDENTIAL_FACT',
    });
    expect(
      (error.extensions.findings as Array<{ field: string; found: string }>).map((f) => [f.field, f.found]),
    ).toEqual([
      ['parentSummary', 'ZZ7 8JA'],
      ['carerSummary', 'zz78ja'],
    ]);
    expect(maskError(error.toJSON(), error)).toEqual(error.toJSON());
  });
});
