import { DateScalar } from '@lac/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { LevelKind } from './ladder';

export enum ChallengeLevel {
  INFORMAL = 'informal',
  ALERT = 'alert',
  FORMAL = 'formal',
}
registerEnumType(ChallengeLevel, {
  name: 'ChallengeLevel',
  description:
    'Informal conversation (no timer), IRO alert (timed), or one of the local authority’s formal stages (timed)',
});

export enum ChallengeStatus {
  OPEN = 'open',
  RESOLVED = 'resolved',
  REFERRED_TO_CAFCASS = 'referred_to_cafcass',
}
registerEnumType(ChallengeStatus, { name: 'ChallengeStatus' });

export enum ChallengeAction {
  RAISED = 'raised',
  RESPONSE = 'response',
  ESCALATED = 'escalated',
  RESOLVED = 'resolved',
  REFERRED_TO_CAFCASS = 'referred_to_cafcass',
}
registerEnumType(ChallengeAction, { name: 'ChallengeAction', description: 'A step in a challenge’s history' });

/**
 * An IRO challenge to the local authority about a child's case (dispute resolution). The level's name and timer
 * are copied when the level starts, so a later change to the local authority's ladder does not move a running
 * deadline.
 */
@Entity({ name: 'challenges' })
@ObjectType({
  description: 'An IRO challenge (dispute resolution) about the local authority’s handling of a child’s case.',
})
export class Challenge {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Field({ description: 'What the IRO is concerned about' })
  @Column({ type: 'text' })
  concern: string;

  @Field({ description: 'The person or role the challenge is raised with' })
  @Column({ name: 'raised_with', type: 'text' })
  raisedWith: string;

  @Column({ name: 'raised_by', type: 'uuid' })
  raisedBy: string;

  @Field(() => DateScalar)
  @Column({ name: 'opened_on', type: 'date' })
  openedOn: string;

  @Field(() => ChallengeLevel)
  @Column({ type: 'text' })
  level: LevelKind;

  @Field(() => Int, {
    nullable: true,
    description: 'The formal stage number (1 = first formal stage); null before the formal stages',
  })
  @Column({ name: 'stage_ordinal', type: 'int', nullable: true })
  stageOrdinal: number | null;

  @Field({ description: 'The current level’s name, e.g. "IRO alert" or "Head of service"' })
  @Column({ name: 'stage_name', type: 'text' })
  stageName: string;

  @Field(() => DateScalar, { description: 'When the current level began' })
  @Column({ name: 'level_started_on', type: 'date' })
  levelStartedOn: string;

  @Column({ name: 'level_working_days', type: 'int', nullable: true })
  levelWorkingDays: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'When a response at the current level was recorded' })
  @Column({ name: 'responded_on', type: 'date', nullable: true })
  respondedOn: string | null;

  @Field(() => ChallengeStatus)
  @Column({ type: 'text' })
  status: ChallengeStatus;

  @Field(() => String, { nullable: true, description: 'The outcome (resolved) or the reason (referred to Cafcass)' })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Field(() => Int, { description: 'Send it back with a change; a stale version gets CONFLICT' })
  @Column({ type: 'int' })
  version: number;
}

@Entity({ name: 'challenge_history' })
@ObjectType({
  description: 'One step of a challenge: raised, a response, an escalation, resolution, or Cafcass referral.',
})
export class ChallengeHistoryEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  version: number;

  @Field(() => ChallengeAction)
  @Column({ type: 'text' })
  action: ChallengeAction;

  @Field(() => DateScalar)
  @Column({ name: 'happened_on', type: 'date' })
  happenedOn: string;

  @Field(() => ChallengeLevel)
  @Column({ type: 'text' })
  level: LevelKind;

  @Field()
  @Column({ name: 'stage_name', type: 'text' })
  stageName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

@Entity({ name: 'challenge_stages' })
export class ChallengeStageRow {
  @PrimaryColumn({ name: 'local_authority_id', type: 'uuid' })
  localAuthorityId: string;

  @PrimaryColumn({ type: 'int' })
  ordinal: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'working_days', type: 'int' })
  workingDays: number;
}

@ObjectType({ description: 'A formal stage of the local authority’s dispute resolution process.' })
export class ChallengeStage {
  @Field(() => Int)
  ordinal: number;

  @Field()
  name: string;

  @Field(() => Int, { description: 'Working days for the response at this stage' })
  workingDays: number;
}
