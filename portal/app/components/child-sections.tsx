/** Where each part of a child's record lives, offered only to the relationships the graph shows it to. */
const SECTIONS: Array<{ path: string; text: string; youngText?: string; for: readonly string[] }> = [
  { path: 'plan', text: 'Care plan', youngText: 'Your plan', for: ['IRO', 'SOCIAL_WORKER', 'MANAGER', 'GUARDIAN', 'PARENT', 'CARER', 'SELF'] },
  { path: 'reviews', text: 'Reviews', youngText: 'Your reviews', for: ['IRO', 'SOCIAL_WORKER', 'MANAGER', 'GUARDIAN', 'PARENT', 'CARER', 'SELF'] },
  { path: 'recommendations', text: 'Review recommendations', for: ['IRO', 'SOCIAL_WORKER', 'MANAGER', 'GUARDIAN'] },
  { path: 'messages', text: 'Messages from the young person', youngText: 'Message your IRO', for: ['IRO', 'SELF'] },
  { path: 'challenges', text: 'IRO challenges', for: ['IRO', 'SOCIAL_WORKER', 'MANAGER'] },
];

export function childSections(childId: string, relationship: string): Array<{ href: string; text: string }> {
  const young = relationship === 'SELF';
  return SECTIONS.filter((s) => s.for.includes(relationship)).map((s) => ({
    href: `/children/${encodeURIComponent(childId)}/${s.path}`,
    text: young && s.youngText ? s.youngText : s.text,
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
