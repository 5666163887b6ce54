import { describeLegalStatus } from '@lac/statutory';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { LegalStatus } from './legal-status.entity';

@Resolver(() => LegalStatus)
export class LegalStatusResolver {
  @FieldResolver(() => String, { description: 'What the SSDA903 code means' })
  description(@Root() status: LegalStatus): string {
    return describeLegalStatus(status.code) ?? status.code;
  }
}
