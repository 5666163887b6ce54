import type { IroContactShown } from '../settings/local-authority-settings.entity';

export interface IroWorkContact {
  name: string;
  workEmail: string | null;
  workPhone: string | null;
}

export interface ShownIroContact {
  name: string;
  email: string | null;
  phone: string | null;
}

/**
 * What a family is told about the IRO: always their name, and only the work contacts the local authority chose to
 * show (`local_authority_settings.iro_contact_shown`, docs/domain.md#who-sees-what); a contact the authority has not
 * recorded stays null.
 */
export function shownIroContact(iro: IroWorkContact, shown: IroContactShown): ShownIroContact {
  return {
    name: iro.name,
    email: shown === 'email' || shown === 'both' ? iro.workEmail : null,
    phone: shown === 'phone' || shown === 'both' ? iro.workPhone : null,
  };
}
