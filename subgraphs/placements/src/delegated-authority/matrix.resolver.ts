import { Person, Sensitive, type SubgraphContext, personById } from '@lac/subgraph-kit';
import { describeLegalStatus } from '@lac/statutory';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ChangeRequest } from './change-request.entity';
import { withOwner } from './child.resolver';
import { Confirmation } from './confirmation.entity';
import { EntryType } from './entry.type';
import { FIXED_BY_LAW } from './legal-status-rules';
import { confirmationsByPlacement, matrixHistoryByPlacement, requestsByPlacement } from './loaders';
import { MatrixVersion } from './matrix-version.entity';

@Resolver(() => MatrixVersion)
export class MatrixResolver {
  @FieldResolver(() => [EntryType], { description: 'One row per decision area, in a fixed order' })
  entries(@Root() v: MatrixVersion): EntryType[] {
    return v.entries.map((e) => Object.assign(new EntryType(), e, { fixedByLaw: FIXED_BY_LAW[e.area] ?? null }));
  }

  @FieldResolver(() => String)
  legalStatusDescription(@Root() v: MatrixVersion): string {
    return describeLegalStatus(v.legalStatus) ?? v.legalStatus;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'Who saved this version; for the carer and the professionals',
  })
  @Sensitive('delegated_authority_history')
  changedBy(@Root() v: MatrixVersion, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return personById(ctx).load(v.changedBy);
  }

  @FieldResolver(() => [MatrixVersion], { description: 'Every version, newest first (who, when, why)' })
  @Sensitive('delegated_authority_history')
  async history(@Root() v: MatrixVersion, @Ctx() ctx: SubgraphContext): Promise<MatrixVersion[]> {
    return (await matrixHistoryByPlacement(ctx).load(v.placementId)).map((h) => withOwner(h, v.ownerPersonId));
  }

  @FieldResolver(() => [ChangeRequest], { description: 'The carer’s requests for a change, newest first' })
  @Sensitive('delegated_authority_history')
  async requests(@Root() v: MatrixVersion, @Ctx() ctx: SubgraphContext): Promise<ChangeRequest[]> {
    return (await requestsByPlacement(ctx).load(v.placementId)).map((r) => withOwner(r, v.ownerPersonId));
  }

  @FieldResolver(() => [Confirmation], { description: 'The reviews that re-confirmed the matrix, newest first' })
  @Sensitive('delegated_authority_history')
  confirmations(@Root() v: MatrixVersion, @Ctx() ctx: SubgraphContext): Promise<Confirmation[]> {
    return confirmationsByPlacement(ctx).load(v.placementId);
  }
}

@Resolver(() => ChangeRequest)
export class ChangeRequestResolver {
  @FieldResolver(() => Person, { nullable: true })
  requestedBy(@Root() r: ChangeRequest, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return personById(ctx).load(r.requestedBy);
  }

  @FieldResolver(() => Person, { nullable: true })
  decidedBy(@Root() r: ChangeRequest, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return r.decidedBy ? personById(ctx).load(r.decidedBy) : Promise.resolve(null);
  }
}
