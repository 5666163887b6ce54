import { SECTIONS, speaksToYoungPerson, type Viewed } from '../viewer';

/** Where each part of a child's record lives, offered only to those the graph shows it to (see viewer.ts). */
export function childSections(child: Viewed & { id: string }): Array<{ href: string; text: string }> {
  const young = speaksToYoungPerson(child);
  return SECTIONS.filter((s) => s.shownTo(child)).map((s) => ({
    href: `/children/${encodeURIComponent(child.id)}/${s.path}`,
    text: young && 'youngText' in s ? s.youngText : s.text,
  }));
}
export function ChildSections({ links, young }: { links: Array<{ href: string; text: string }>; young: boolean }) {
  if (links.length === 0) return null;
  return (
    <nav aria-labelledby="record-sections-heading">
      <h2 className="govuk-heading-m" id="record-sections-heading">
        {young ? 'More about you' : 'More of this record'}
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
