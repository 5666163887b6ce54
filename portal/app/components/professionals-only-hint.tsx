/**
 * Tells a professional writing what a family reads how the free-text screen works before they meet it
 * (docs/security.md#free-text-screen): what is refused, and how to keep a passage for professionals.
 */
export function ProfessionalsOnlyHint() {
  return (
    <div className="govuk-inset-text">
      Parents, carers and the young person read this. Do not write where the child lives, their school or who their
      carers are: it will not be saved. To keep something for professionals only, put it between{' '}
      <code>[professionals only]</code> and <code>[/professionals only]</code>.
    </div>
  );
}
