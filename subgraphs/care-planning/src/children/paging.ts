import { badInput } from '@lac/subgraph-kit';
import { ArgsType, Field, Int } from 'type-graphql';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50 })
  first: number;

  @Field(() => Int, { defaultValue: 0 })
  offset: number;
}

/** Lists that can grow are always paged, and a page is never larger than MAX_PAGE_SIZE. */
export function checkPage({ first, offset }: PageArgs): { take: number; skip: number } {
  if (first < 1 || first > MAX_PAGE_SIZE)
    throw badInput('first', 'INVALID', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  if (offset < 0) throw badInput('offset', 'INVALID', 'offset cannot be negative');
  return { take: first, skip: offset };
}
