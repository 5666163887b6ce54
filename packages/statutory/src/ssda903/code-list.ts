/** A closed set of SSDA903 codes with descriptions. Matching is exact: the return uses upper-case codes. */
export interface CodeList<C extends string> {
  readonly codes: readonly C[];
  // Properties, not methods: they are closures over the list, so they may be passed around unbound.
  readonly is: (code: unknown) => code is C;
  readonly describe: (code: string) => string | undefined;
}

export function defineCodeList<C extends string>(descriptions: Readonly<Record<C, string>>): CodeList<C> {
  const codes = Object.freeze(Object.keys(descriptions) as C[]);
  const is = (code: unknown): code is C => typeof code === 'string' && Object.hasOwn(descriptions, code);
  return Object.freeze({
    codes,
    is,
    describe: (code: string) => (is(code) ? descriptions[code] : undefined),
  });
}
