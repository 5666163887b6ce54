import { describe, expect, it } from 'vitest';
import { isKnownReveal } from './axe-allowance';

// The allowance must stay exactly GOV.UK's conditional-reveal aria-expanded, or axe would stop guarding the rest.
const reveal =
  '<input class="govuk-radios__input" id="spokePrivately" type="radio" name="spokePrivately" value="yes" aria-controls="conditional-spokePrivately" aria-expanded="false">';
const failing = (...values: string[]) => [{ data: { messageKey: 'singular', values } }];

describe('the axe allowance for GOV.UK conditional reveals', () => {
  it('lets through aria-expanded on a GOV.UK radio or checkbox that controls a conditional block', () => {
    expect(isKnownReveal({ html: reveal, all: failing('aria-expanded="false"') })).toBe(true);
    expect(isKnownReveal({ html: reveal, all: [{ data: ['aria-expanded="true"'] }] })).toBe(true);
    const checkbox = reveal.replace('govuk-radios__input', 'govuk-checkboxes__input');
    expect(isKnownReveal({ html: checkbox, all: failing('aria-expanded="true"') })).toBe(true);
  });

  it('still reports any other attribute, element or input', () => {
    expect(isKnownReveal({ html: reveal, all: failing('aria-expanded="false"', 'aria-pressed="true"') })).toBe(false);
    expect(isKnownReveal({ html: reveal, all: failing('aria-checked="true"') })).toBe(false);
    expect(isKnownReveal({ html: reveal, all: [] })).toBe(false);
    const plain = reveal.replace('class="govuk-radios__input"', 'class="my-radio"');
    expect(isKnownReveal({ html: plain, all: failing('aria-expanded="false"') })).toBe(false);
    const uncontrolled = reveal.replace(' aria-controls="conditional-spokePrivately"', '');
    expect(isKnownReveal({ html: uncontrolled, all: failing('aria-expanded="false"') })).toBe(false);
  });
});
