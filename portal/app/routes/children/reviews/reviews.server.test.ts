import { describe, expect, it } from 'vitest';
import { attendeeLines, parseAttendees } from './reviews.server';

describe('attendees as "Name, role" lines', () => {
  it('splits on the first comma and skips blank lines', () => {
    expect(parseAttendees('Ivo Testmoor, IRO\n\n  Pat Testmoor, mother, with PR \r\nRobin')).toEqual([
      { name: 'Ivo Testmoor', role: 'IRO' },
      { name: 'Pat Testmoor', role: 'mother, with PR' },
      { name: 'Robin', role: '' },
    ]);
  });

  it('round-trips what the graph returns', () => {
    const attendees = [{ name: 'Ivo Testmoor', role: 'IRO' }];
    expect(parseAttendees(attendeeLines(attendees))).toEqual(attendees);
  });
});
