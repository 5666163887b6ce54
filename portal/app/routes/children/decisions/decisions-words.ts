import type {
  DecisionArea,
  DecisionHolder,
  DelegatedAuthorityRequestStatus,
  ViewerAudience,
} from '../../../graphql/generated/graphql';

// Plain words for the decisions page (DOMAIN.md §4): what each decision is about and who takes it, for the reader the
// graph says this is. The young person gets words for a young reader; nobody reads the codes.

export const AREA_WORDS: Record<DecisionArea, { title: string; young: string }> = {
  MEDICAL_AND_DENTAL: { title: 'Medical and dental care', young: 'Going to the doctor, dentist or optician' },
  EDUCATION: { title: 'Education', young: 'Things about school, like parents’ evenings and clubs' },
  LEISURE_AND_HOME_LIFE: { title: 'Leisure and home life', young: 'Hobbies, clubs, bedtimes and pocket money' },
  FAITH: { title: 'Faith and religious observance', young: 'Going to your place of worship and your faith' },
  SOCIAL_MEDIA_AND_PHONES: { title: 'Social media and phones', young: 'Your phone, apps and being online' },
  HAIRCUTS: { title: 'Haircuts', young: 'Getting your hair cut' },
  SCHOOL_TRIPS: { title: 'School trips', young: 'School trips' },
  SLEEPOVERS: { title: 'Sleepovers', young: 'Staying over at a friend’s house' },
  HOLIDAYS_IN_THE_UK: { title: 'Holidays in the UK', young: 'Holidays in the UK' },
  HOLIDAYS_ABROAD: { title: 'Holidays abroad', young: 'Holidays in another country' },
  PASSPORT: { title: 'Passport', young: 'Getting a passport' },
  CHANGE_OF_SCHOOL: { title: 'Change of school', young: 'Moving to a different school' },
  CHANGE_OF_RELIGION: { title: 'Change of religion', young: 'Changing your religion' },
  CONSENT_TO_ADOPTION: { title: 'Consent to adoption', young: 'Adoption' },
  REMOVAL_ABROAD_A_MONTH_OR_MORE: {
    title: 'A month or more abroad',
    young: 'Going to another country for a month or longer',
  },
};

export function holderWords(holder: DecisionHolder, audience: ViewerAudience, givenName: string): string {
  const words: Record<ViewerAudience, Record<DecisionHolder, string>> = {
    CARER: {
      CARER: 'You',
      SOCIAL_WORKER: 'The social worker',
      MANAGER: 'The social worker’s manager',
      PARENT: 'The parents',
      YOUNG_PERSON: givenName,
    },
    YOUNG_PERSON: {
      CARER: 'Your carer',
      SOCIAL_WORKER: 'Your social worker',
      MANAGER: 'Your social worker’s manager',
      PARENT: 'Your parents',
      YOUNG_PERSON: 'You',
    },
    PARENT: {
      CARER: 'The carer',
      SOCIAL_WORKER: 'The social worker',
      MANAGER: 'The social worker’s manager',
      PARENT: 'You, as a parent',
      YOUNG_PERSON: givenName,
    },
    PROFESSIONAL: {
      CARER: 'Carer',
      SOCIAL_WORKER: 'Social worker',
      MANAGER: 'Team manager',
      PARENT: 'Parents',
      YOUNG_PERSON: 'Young person',
    },
  };
  return words[audience][holder];
}

export const STATUS_WORDS: Record<DelegatedAuthorityRequestStatus, { text: string; colour: string }> = {
  PENDING: { text: 'Waiting for the social worker', colour: 'yellow' },
  APPROVED: { text: 'Agreed', colour: 'green' },
  DECLINED: { text: 'Not agreed', colour: 'red' },
};

export const HOLDER_CHOICES: DecisionHolder[] = ['CARER', 'SOCIAL_WORKER', 'MANAGER', 'PARENT', 'YOUNG_PERSON'];

export function isDecisionArea(v: string): v is DecisionArea {
  return Object.hasOwn(AREA_WORDS, v);
}
export function isDecisionHolder(v: string): v is DecisionHolder {
  return (HOLDER_CHOICES as string[]).includes(v);
}
