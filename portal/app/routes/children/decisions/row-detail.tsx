/** A row's conditions, who to tell, why and a parent's agreement: the carer reads "As long as", without the why. */
export function RowDetail({
  row,
  carer,
}: {
  row: { conditions: string | null; tellWho: string | null; why: string | null; parentAgreedOn: string | null };
  carer: boolean;
}) {
  const lines = [
    row.conditions && (carer ? `As long as: ${row.conditions}` : `Conditions: ${row.conditions}`),
    row.tellWho && `Tell: ${row.tellWho}`,
    !carer && row.why && `Why: ${row.why}`,
    row.parentAgreedOn && `A parent agreed on ${row.parentAgreedOn}`,
  ].filter((l): l is string => !!l);
  if (lines.length === 0) return carer ? <>Yes</> : null;
  return (
    <ul className="govuk-list">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
