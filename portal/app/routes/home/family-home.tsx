import { redirect } from 'react-router';
import type { Route } from './+types/family-home';
import { ChildSections } from '../../components/child-sections';
import { PageTitle, SummaryList, type SummaryRow } from '../../components/govuk';
import { IroForFamily } from '../../components/iro-for-family';
import { NextReviewSummary } from '../../components/next-review';
import { withSession } from '../../session-route.server';
import { FAMILY_HOME_QUERY, type FamilyChildView, familyChildView } from './family-home.server';

export async function loader({ request }: Route.LoaderArgs) {
  const session = await withSession(request);
  const { data } = await session.query(FAMILY_HOME_QUERY);
  const children = data.children.items;
  const audience = children[0]?.viewerCan.audience;
  // This page speaks to a family; the professionals' work starts elsewhere (homeFor).
  if (audience === 'PROFESSIONAL') throw redirect('/children', { headers: session.headers });
  return session.reply({
    audience: audience ?? null,
    children: children.map(familyChildView),
  });
}

const TITLES = {
  YOUNG_PERSON: () => 'Your page',
  PARENT: (n: number) => (n === 1 ? 'Your child' : 'Your children'),
  CARER: (n: number) => (n === 1 ? 'The child you look after' : 'The children you look after'),
} as const;

export default function FamilyHome({ loaderData: c }: Route.ComponentProps) {
  const young = c.audience === 'YOUNG_PERSON';
  const title = c.audience ? TITLES[c.audience](c.children.length) : 'Home';
  const one = c.children.length === 1;
  return (
    <>
      <PageTitle title={title} />
      {young && one && <span className="govuk-caption-l">{c.children[0].name}</span>}
      <h1 className="govuk-heading-l">{title}</h1>
      {c.children.length === 0 && (
        <p className="govuk-body">There is nothing to show you yet. Your social worker can tell you when there is.</p>
      )}
      {c.children.map((child) =>
        young ? (
          <YoungPersonHome key={child.id} child={child} />
        ) : (
          <ChildForFamily key={child.id} child={child} one={one} />
        ),
      )}
    </>
  );
}

/** The young person's own page: their IRO, their next review, what was decided, their messages. */
function YoungPersonHome({ child }: { child: FamilyChildView }) {
  return (
    <>
      <h2 className="govuk-heading-m">Your IRO</h2>
      <p className="govuk-body">
        Your Independent Reviewing Officer (IRO) makes sure your care plan is right for you and runs your reviews. You
        can tell them what you think at any time.
      </p>
      {child.iro && <IroForFamily {...child.iro} />}
      {child.nextReview ? (
        <NextReviewSummary review={child.nextReview} />
      ) : (
        <>
          <h2 className="govuk-heading-m">Your next review</h2>
          <p className="govuk-body">You do not have a review coming up.</p>
        </>
      )}
      {child.viewsHref && (
        <p className="govuk-body">
          <a className="govuk-link" href={child.viewsHref}>
            Say what you think before your review
          </a>
        </p>
      )}
      <h2 className="govuk-heading-m">What was decided at your last review</h2>
      <LastDecided child={child} young />
      {/* "Who decides what about your life" (delegated authority) goes here when the graph has it. */}
      {child.messagesHref && (
        <>
          <h2 className="govuk-heading-m">Your messages</h2>
          <p className="govuk-body">
            <a className="govuk-link" href={child.messagesHref}>
              Message your IRO
            </a>
          </p>
        </>
      )}
      <ChildSections links={child.sections} young />
    </>
  );
}

/** One child, for a parent or a carer: who the IRO is, the next review and contact, and what was decided. */
function ChildForFamily({ child, one }: { child: FamilyChildView; one: boolean }) {
  const slug = `child-${child.id}`;
  const contactRows: SummaryRow[] = child.nextContact
    ? [
        { key: 'Date', value: child.nextContact.on },
        { key: 'Time', value: child.nextContact.startTime },
        { key: 'Where', value: child.nextContact.venue },
        ...(child.nextContact.pickUpTime ? [{ key: 'Pick-up', value: child.nextContact.pickUpTime }] : []),
        ...(child.nextContact.dropOffTime ? [{ key: 'Drop-off', value: child.nextContact.dropOffTime }] : []),
      ]
    : [];
  return (
    <section aria-labelledby={`${slug}-heading`} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id={`${slug}-heading`}>
        {child.name}
      </h2>
      {child.iro && <IroForFamily {...child.iro} />}
      {child.nextReview ? (
        <NextReviewSummary review={child.nextReview} headingLevel={3} id={one ? 'next-review' : `${slug}-review`} />
      ) : (
        <p className="govuk-body">{child.givenName} does not have a review coming up.</p>
      )}
      {child.viewsHref && (
        <p className="govuk-body">
          <a className="govuk-link" href={child.viewsHref}>
            Send your views before the review
          </a>
        </p>
      )}
      {child.contactHref && (
        <>
          <h3 className="govuk-heading-s">Next contact</h3>
          {child.nextContact ? (
            <SummaryList rows={contactRows} />
          ) : (
            <p className="govuk-body">Nothing is planned yet. The social worker will let you know the next date.</p>
          )}
          <p className="govuk-body">
            <a className="govuk-link" href={child.contactHref}>
              All contact for {child.givenName}
            </a>
          </p>
        </>
      )}
      <h3 className="govuk-heading-s">What was decided at the last review</h3>
      <LastDecided child={child} />
      <ChildSections links={child.sections} young={false} headingLevel={3} name={child.givenName} />
    </section>
  );
}

function LastDecided({ child, young = false }: { child: FamilyChildView; young?: boolean }) {
  const last = child.lastDecided;
  if (!last) {
    return (
      <p className="govuk-body">
        {young
          ? 'Nothing has been shared with you yet. Your IRO will write to you after your review.'
          : 'Nothing has been shared with you yet.'}
      </p>
    );
  }
  return (
    <>
      <div className="govuk-inset-text">
        <p className="govuk-body">At the review on {last.heldOn}:</p>
        <p className="govuk-body govuk-!-margin-bottom-0">{last.text}</p>
      </div>
      <p className="govuk-body">
        <a className="govuk-link" href={last.href}>
          {young ? 'Read your letter from this review' : 'Read what was decided'}
        </a>
      </p>
    </>
  );
}
