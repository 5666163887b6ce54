export { definition, startFamilyContact } from './subgraph';
export { recordFamilyMember, type NewFamilyMember } from './family/record-family-member';
export { FamilyMember } from './family/family-member.entity';
