import { ownOutcomeVersion, toldHowToContactIro, type Viewed } from '../viewer';

/** Whose IRO and review, in the reader's words: the young person's own, a parent's child, the child a carer looks after. */
const FAMILY_WORDS: Record<'child' | 'parent' | 'carer', (givenName: string) => string> = {
  child: () => 'Your',
  parent: () => 'Your child’s',
  carer: (givenName) => `${givenName}’s`,
};

export interface IroForFamilyView {
  whose: string;
  iro: string;
  email: string | null;
  phone: string | null;
}

/**
 * What a family is told about the IRO (docs/domain.md#who-sees-what), or null for the professionals and for anyone the
 * graph does not show it to. The next review is told by `NextReviewSummary`, the same on every page.
 */
export function iroForFamily(
  child: Viewed & {
    givenName: string;
    iroContact?: { name: string; email?: string | null; phone?: string | null } | null;
  },
): IroForFamilyView | null {
  if (!toldHowToContactIro(child) || !child.iroContact) return null;
  return {
    whose: FAMILY_WORDS[ownOutcomeVersion(child) ?? 'carer'](child.givenName),
    iro: child.iroContact.name,
    email: child.iroContact.email ?? null,
    phone: child.iroContact.phone ?? null,
  };
}

/** Who the IRO is and how to contact them, in plain words. */
export function IroForFamily(f: IroForFamilyView) {
  const email = f.email && (
    <a className="govuk-link" href={`mailto:${f.email}`}>
      {f.email}
    </a>
  );
  const phone = f.phone && (
    <a className="govuk-link" href={`tel:${f.phone.replace(/\s+/g, '')}`}>
      {f.phone}
    </a>
  );
  return (
    <div className="govuk-inset-text" id="iro-for-family">
      <p className="govuk-body govuk-!-margin-bottom-0">
        {f.whose} Independent Reviewing Officer is {f.iro}.
        {(email || phone) && (
          <>
            {' '}
            You can contact them {email && <>at {email}</>}
            {email && phone && ' or '}
            {phone && <>on {phone}</>}.
          </>
        )}
      </p>
    </div>
  );
}
