/** What the young person reads above the matrix, in their own words (DOMAIN.md §4). */
export function YoungPersonIntro() {
  return (
    <p className="govuk-body">
      Some things about your life are decided by your carer, some by your social worker or your parents, and some by
      you. This is who decides what. If you think something should change, tell your social worker or your IRO.
    </p>
  );
}
