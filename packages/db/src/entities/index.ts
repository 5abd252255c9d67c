import { AuthSession } from './auth-session.entity.js';
import { CapacityEntry } from './capacity-entry.entity.js';
import { Invitation } from './invitation.entity.js';
import { Match } from './match.entity.js';
import { Membership } from './membership.entity.js';
import { Organisation } from './organisation.entity.js';
import { OutboxEvent } from './outbox-event.entity.js';
import { SourcingNeed } from './sourcing-need.entity.js';
import { User } from './user.entity.js';

export {
  AuthSession,
  CapacityEntry,
  Invitation,
  Match,
  Membership,
  Organisation,
  OutboxEvent,
  SourcingNeed,
  User,
};

export const ENTITIES = [
  AuthSession,
  CapacityEntry,
  Invitation,
  Match,
  Membership,
  Organisation,
  OutboxEvent,
  SourcingNeed,
  User,
];
