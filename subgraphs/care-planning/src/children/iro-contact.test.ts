import { describe, expect, it } from 'vitest';
import { shownIroContact } from './iro-contact';

const iro = { name: 'Priya Fenwick', workEmail: 'priya.fenwick@ashbury.example', workPhone: '01632 960123' };

describe('the IRO contact a family is shown', () => {
  it.each([
    ['email', 'priya.fenwick@ashbury.example', null],
    ['phone', null, '01632 960123'],
    ['both', 'priya.fenwick@ashbury.example', '01632 960123'],
    ['none', null, null],
  ] as const)('the authority shows %s', (shown, email, phone) => {
    expect(shownIroContact(iro, shown)).toEqual({ name: 'Priya Fenwick', email, phone });
  });

  it('leaves out a contact the authority has not recorded, whatever it shows', () => {
    expect(shownIroContact({ ...iro, workPhone: null }, 'both')).toEqual({
      name: 'Priya Fenwick',
      email: 'priya.fenwick@ashbury.example',
      phone: null,
    });
  });
});
