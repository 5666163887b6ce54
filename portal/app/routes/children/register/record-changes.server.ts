import { graphql } from '../../../graphql/generated';
import type { RecordChangesFragment } from '../../../graphql/generated/graphql';

/** What a child's page offers for keeping the record itself, from what the graph says this person may do. */
export const RecordChanges = graphql(`
  fragment RecordChanges on Child {
    id
    viewerCan {
      do {
        allocateIro
        recordLegalStatus
        recordPeriodOfCare
      }
    }
    periodsOfCare {
      endDate
    }
  }
`);

export function recordChangeLinks(child: RecordChangesFragment): Array<{ href: string; text: string }> {
  const base = `/children/${encodeURIComponent(child.id)}`;
  const open = child.periodsOfCare.some((p) => p.endDate === null);
  return [
    ...(child.viewerCan.do.allocateIro ? [{ href: `${base}/iro`, text: 'Allocate an IRO' }] : []),
    ...(open && child.viewerCan.do.recordLegalStatus
      ? [{ href: `${base}/legal-status`, text: 'Record a change of legal status' }]
      : []),
    ...(open && child.viewerCan.do.recordPeriodOfCare
      ? [{ href: `${base}/period-of-care/end`, text: 'Record the end of this period of care' }]
      : []),
  ];
}
