import { SECTIONS, speaksToYoungPerson, type Viewed } from '../viewer';

/** Where each part of a child's record lives, offered only to those the graph shows it to (see viewer.ts). */
export function childSections(child: Viewed & { id: string }): Array<{ href: string; text: string }> {
  const young = speaksToYoungPerson(child);
  return SECTIONS.filter((s) => s.shownTo(child)).map((s) => ({
    href: `/children/${encodeURIComponent(child.id)}/${s.path}`,
    text: young && 'youngText' in s ? s.youngText : s.text,
  }));
}
export function ChildSections({
  links,
  young,
  headingLevel = 2,
  name,
}: {
  links: Array<{ href: string; text: string }>;
  young: boolean;
  headingLevel?: 2 | 3;
  /** The child's given name, where a page shows several children's links. */
  name?: string;
}) {
  if (links.length === 0) return null;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const id = `record-sections-heading${name ? `-${links[0].href.split('/')[2]}` : ''}`;
  return (
    <nav aria-labelledby={id}>
      <H className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'} id={id}>
        {young ? 'More about you' : name ? `More about ${name}` : 'More of this record'}
      </H>
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
