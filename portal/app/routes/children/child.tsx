import type { Route } from './+types/child';
import { ChildSections, childSections } from '../../components/child-sections';
import { IroForFamily, iroForFamily } from '../../components/iro-for-family';
import { NextReviewSummary } from '../../components/next-review';
import { PageTitle, SummaryList, WarningText, type SummaryRow } from '../../components/govuk';
import { Unavailable } from '../../components/unavailable';
import { formatDate, relationshipLabel } from '../../format.server';
import { nextReviewView } from '../../next-review.server';
import { graphql } from '../../graphql/generated';
import { withSession } from '../../session-route.server';
import { unavailableAt } from '../../unavailable.server';
import { speaksToYoungPerson } from '../../viewer';
import { RecordChangeLinks } from './register/record-changes';
import { recordChangeLinks } from './register/record-changes.server';

const CHILD_QUERY = graphql(`
  query Child($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      dateOfBirth
      relationship
      ...Viewer
      ...RecordChanges
      localAuthority {
        name
      }
      iro {
        displayName
      }
      iroContact {
        name
        email
        phone
      }
      socialWorker {
        displayName
      }
      legalStatuses {
        id
        code
        description
        startDate
        endDate
      }
      reviews {
        id
        heldOn
      }
      ...NextReviewFields
      placementStability {
        placementsInLast12Months
      }
      currentPlacement {
        id
        startDate
        placementType
        placementTypeDescription
        carer {
          displayName
        }
        address {
          line1
          line2
          town
          postcode
        }
      }
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const { child, errors } = await session.child(CHILD_QUERY, { id });
  const placement = child.currentPlacement;
  // The placement comes from another subgraph. When that subgraph is slow or down, the gateway answers the rest with
  // an error at child.currentPlacement: a missing placement beside it is unknown, not absent.
  const placementUnavailable = !placement && unavailableAt(errors, ['child', 'currentPlacement']);
  // Care-planning answers the next review on its own (docs/decisions/0026); only its own failure leaves it unknown.
  const nextReviewUnavailable = !child.nextReview && unavailableAt(errors, ['child', 'nextReview']);
  return session.reply({
    id: child.id,
    name: `${child.givenName} ${child.familyName}`,
    dateOfBirth: formatDate(child.dateOfBirth),
    localAuthority: child.localAuthority.name,
    relationship: relationshipLabel(child.relationship),
    iro: child.iro?.displayName ?? null,
    socialWorker: child.socialWorker?.displayName ?? null,
    // The graph returns episodes; the current ones are those it has not ended.
    legalStatuses: child.legalStatuses
      .filter((s) => !s.endDate)
      .map((s) => ({ id: s.id, code: s.code, description: s.description, since: formatDate(s.startDate) })),
    reviews: child.reviews.map((r) => ({ id: r.id, heldOn: formatDate(r.heldOn) })),
    nextReview: nextReviewView(child),
    nextReviewUnavailable,
    placement: placement && {
      type: placement.placementTypeDescription,
      code: placement.placementType,
      startDate: formatDate(placement.startDate),
      carer: placement.carer?.displayName ?? null,
      // Present only when the graph lets this person see it (never for a birth parent).
      address: placement.address
        ? [placement.address.line1, placement.address.line2, placement.address.town, placement.address.postcode].filter(
            (l): l is string => !!l,
          )
        : null,
    },
    placementUnavailable,
    placementsInYear: child.placementStability?.placementsInLast12Months ?? null,
    // A family is told, in plain words, who the IRO is, how to reach them and when the next review is
    // (docs/domain.md#who-sees-what).
    forFamily: iroForFamily(child),
    partial: errors.length > 0,
    young: speaksToYoungPerson(child),
    sections: childSections(child),
    recordChanges: recordChangeLinks(child),
  });
}

export default function Child({ loaderData: c }: Route.ComponentProps) {
  const rows: SummaryRow[] = [
    { key: 'Name', value: c.name },
    { key: 'Date of birth', value: c.dateOfBirth },
    { key: 'Local authority', value: c.localAuthority },
    { key: 'Your relationship', value: c.relationship },
    { key: 'Independent reviewing officer', value: c.iro ?? 'Not allocated' },
    { key: 'Social worker', value: c.socialWorker ?? 'Not allocated' },
    {
      key: 'Legal status',
      value:
        c.legalStatuses.length === 0 ? (
          'None recorded'
        ) : (
          <ul className="govuk-list">
            {c.legalStatuses.map((s) => (
              <li key={s.id}>
                {s.description} ({s.code}), since {s.since}
              </li>
            ))}
          </ul>
        ),
    },
  ];

  const reviewRows: SummaryRow[] = [
    {
      key: 'Reviews held',
      value:
        c.reviews.length === 0 ? (
          'None yet'
        ) : (
          <>
            <p className="govuk-body">{c.reviews.length === 1 ? '1 review' : `${c.reviews.length} reviews`}</p>
            <ul className="govuk-list">
              {c.reviews.map((r) => (
                <li key={r.id}>{r.heldOn}</li>
              ))}
            </ul>
          </>
        ),
    },
  ];

  const placementRows: SummaryRow[] | null = c.placement
    ? [
        { key: 'Placement type', value: `${c.placement.type} (${c.placement.code})` },
        { key: 'Placement start date', value: c.placement.startDate },
        // Like the address: shown only when the graph returns it, never a row that says something is withheld.
        ...(c.placement.carer ? [{ key: 'Carer', value: c.placement.carer }] : []),
        ...(c.placement.address
          ? [
              {
                key: 'Placement address',
                value: (
                  <>
                    {c.placement.address.map((line, i) => (
                      <span key={i}>
                        {i > 0 && <br />}
                        {line}
                      </span>
                    ))}
                  </>
                ),
              },
            ]
          : []),
        ...(c.placementsInYear === null
          ? []
          : [{ key: 'Placements in the last 12 months', value: String(c.placementsInYear) }]),
        {
          key: 'More about the placement',
          value: (
            <a className="govuk-link" href={`/children/${c.id}/placement`}>
              Placement plan, visits and history
            </a>
          ),
        },
      ]
    : c.placementUnavailable
      ? null
      : [{ key: 'Current placement', value: 'No current placement' }];

  return (
    <>
      <PageTitle title={c.name} />
      <span className="govuk-caption-l">Child’s record</span>
      <h1 className="govuk-heading-l">{c.name}</h1>
      {c.partial && (
        <WarningText>Some of this child’s information cannot be shown at the moment. Try again later.</WarningText>
      )}
      {c.forFamily && <IroForFamily {...c.forFamily} />}
      <h2 className="govuk-heading-m">Details</h2>
      <SummaryList rows={rows} />
      <ChildSections links={c.sections} young={c.young} />
      <RecordChangeLinks links={c.recordChanges} />
      <h2 className="govuk-heading-m">Reviews</h2>
      {c.nextReview ? (
        <NextReviewSummary review={c.nextReview} headingLevel={3} />
      ) : c.nextReviewUnavailable ? (
        <Unavailable what="The next review" />
      ) : (
        <p className="govuk-body">No review is due: not looked after at the moment.</p>
      )}
      <SummaryList rows={reviewRows} />
      <h2 className="govuk-heading-m">Placement</h2>
      {placementRows ? <SummaryList rows={placementRows} /> : <Unavailable />}
    </>
  );
}
