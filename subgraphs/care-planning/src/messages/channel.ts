import { ageOn, parseIsoDate } from '@lac/statutory';

/**
 * From 12 a child is presumed competent for data rights and consent prompts (the ICO's starting point), so the
 * channel is open by default from the 12th birthday; the IRO can open it for a younger child. See
 * docs/domain.md#the-childs-channel.
 */
export const CHANNEL_OPEN_FROM_AGE = 12;

export interface ChannelOpening {
  openedBy: string;
  openedOn: string;
}

export interface ChannelState {
  open: boolean;
  /** Written for the young person as much as for the IRO. */
  reason: string;
}

export function channelState(dateOfBirth: string, today: string, opening: ChannelOpening | null): ChannelState {
  const age = ageOn(parseIsoDate(dateOfBirth), parseIsoDate(today));
  if (age >= CHANNEL_OPEN_FROM_AGE) {
    return {
      open: true,
      reason: `Open: messages to the IRO are open to everyone aged ${CHANNEL_OPEN_FROM_AGE} or over.`,
    };
  }
  if (opening) {
    return { open: true, reason: `Open: the IRO opened messages on ${opening.openedOn}.` };
  }
  return {
    open: false,
    reason: `Closed: messages open at ${CHANNEL_OPEN_FROM_AGE}. The IRO can open them sooner.`,
  };
}

/** Messages are meant to be read and answered by one person; a limit keeps them that. */
export const MESSAGE_MAX_LENGTH = 4000;
export const SHARE_REASON_MAX_LENGTH = 2000;
