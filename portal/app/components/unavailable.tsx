/**
 * A section of a page whose data could not be loaded (a part of the graph was slow or down): said in place, as a
 * GOV.UK inset, so the rest of the page still serves and nobody reads the gap as "nothing recorded".
 */
export function Unavailable({ what }: { what?: string }) {
  return (
    <div className="govuk-inset-text" data-unavailable="">
      {what ? `${what}: t` : 'T'}his part of the record could not be loaded. Try again later.
    </div>
  );
}
