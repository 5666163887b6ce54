/** The links from a child's page to the forms that keep the record (recordChangeLinks in record-changes.server.ts). */
export function RecordChangeLinks({ links }: { links: Array<{ href: string; text: string }> }) {
  if (links.length === 0) return null;
  return (
    <nav aria-labelledby="record-changes-heading">
      <h2 className="govuk-heading-m" id="record-changes-heading">
        Keep this record up to date
      </h2>
      <ul className="govuk-list">
        {links.map((l) => (
          <li key={l.href}>
            <a className="govuk-link" href={l.href}>
              {l.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
