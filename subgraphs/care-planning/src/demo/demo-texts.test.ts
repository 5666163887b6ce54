import type { DemoChild } from '@lac/testing';
import { describe, expect, it } from 'vitest';
import { arrangements, dayPlace, meetingWords } from './demo-texts';

const child = { givenName: 'Remy', placement: { carerPersonId: 'carer-1' } } as unknown as DemoChild;
const words = (age: number) => [
  ...arrangements(child, age).map((a) => a.text),
  meetingWords(child, age, 1).summary,
  ...meetingWords(child, age, 1).decisions,
];

describe('the demo’s words fit the child’s age', () => {
  it('puts a baby at home with the carers, never at nursery or school, and asks nothing of them', () => {
    expect(dayPlace(0)).toBe('is at home with the carers during the day');
    for (const text of words(0)) {
      expect(text).not.toMatch(/nursery|school|questionnaire|chooses|helps choose|friends|counselling/i);
    }
  });

  it('sends a child to nursery from 2, then to school and college', () => {
    expect([2, 4, 5, 11, 16].map(dayPlace)).toEqual([
      'attends nursery',
      'attends nursery',
      'attends primary school',
      'attends secondary school',
      'attends college',
    ]);
  });
});
