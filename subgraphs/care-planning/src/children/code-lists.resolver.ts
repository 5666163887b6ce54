import {
  ETHNICITY_CODES,
  LEGAL_STATUS_CODES,
  REASON_EPISODE_CEASED_CODES,
  SEX_CODES,
  describeEthnicity,
  describeLegalStatus,
  describeReasonEpisodeCeased,
  describeSex,
} from '@lac/statutory';
import { Field, ObjectType, Query, Resolver } from 'type-graphql';

@ObjectType({ description: 'One code of an SSDA903 code list, with what it means.' })
export class CodeDescription {
  @Field() code: string;
  @Field() description: string;
}

@ObjectType({ description: 'The SSDA903 code lists the forms offer (docs/domain.md#ssda903-codes).' })
export class Ssda903Codes {
  @Field(() => [CodeDescription]) sex: CodeDescription[];
  @Field(() => [CodeDescription]) ethnicity: CodeDescription[];
  @Field(() => [CodeDescription]) legalStatus: CodeDescription[];
  @Field(() => [CodeDescription], { description: 'Reasons a period of care ends (X1 ends an episode only)' })
  reasonEpisodeCeased: CodeDescription[];
}

const list = (codes: readonly string[], describe: (c: string) => string | undefined): CodeDescription[] =>
  codes.map((code) => ({ code, description: describe(code) ?? code }));

/** The lists themselves, from packages/statutory: no child's data, so anyone signed in may read them. */
@Resolver()
export class CodeListsResolver {
  @Query(() => Ssda903Codes)
  ssda903Codes(): Ssda903Codes {
    return {
      sex: list(SEX_CODES, describeSex),
      ethnicity: list(ETHNICITY_CODES, describeEthnicity),
      legalStatus: list(LEGAL_STATUS_CODES, describeLegalStatus),
      reasonEpisodeCeased: list(
        REASON_EPISODE_CEASED_CODES.filter((c) => c !== 'X1'),
        describeReasonEpisodeCeased,
      ),
    };
  }
}
