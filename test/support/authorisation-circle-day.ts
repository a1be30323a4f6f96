// Authorisation matrix, issue 27's discovery and daily ranking: trusted picks are public, the
// personal ones for a signed-in viewer; a member's own day among friends and its history are
// theirs alone (admins included, as firstSteps); a cheer goes only to the day of someone in the
// cheerer's circle. Columns: anonymous, owner, another member, supplier, another supplier, admin.
import { A, EVERYONE, F, H, SIGNED_IN, U, type Row } from './authorisation-matrix';
import { freshMember } from './authorisation-world';
import { follows, storedCircleDay } from './circle-day';
import { dayOf, shiftDay } from '../../server/day';

/** Yesterday in the network's time zone, by the world's clock: inside any history's window. */
const yesterday = (now: Date) => shiftDay(dayOf(now), 1);

export const circleDayRows: Row[] = [
  // Public: answered for everyone (the list may be empty in a fresh world; answered is the point).
  {
    operation: 'Query.trustedPicks',
    document: '{ trustedPicks(first: 5) { pageInfo { hasNextPage } } }',
    expected: EVERYONE,
    reveal: (d) => d?.trustedPicks?.pageInfo,
  },
  {
    operation: 'Query.trustedPicks (personal)',
    document: '{ trustedPicks(personal: true, first: 5) { pageInfo { hasNextPage } } }',
    expected: SIGNED_IN,
    reveal: (d) => d?.trustedPicks?.pageInfo,
  },
  {
    operation: 'Member.circleDay',
    document: 'query ($id: ID!, $day: String) { member(id: $id) { circleDay(day: $day) { day place } } }',
    expected: [H, A, H, H, H, H],
    prepare: async (world) => {
      const day = yesterday(world.server.clock.now());
      await storedCircleDay(world.server.graph, world.members.owner, day);
      return { variables: { id: world.members.owner.id, day } };
    },
    reveal: (d) => d?.member?.circleDay,
  },
  {
    operation: 'Member.circleDays',
    document: 'query ($id: ID!) { member(id: $id) { circleDays(days: 7) { day place } } }',
    expected: [H, A, H, H, H, H],
    prepare: async (world) => {
      await storedCircleDay(world.server.graph, world.members.owner, yesterday(world.server.clock.now()));
      return { variables: { id: world.members.owner.id } };
    },
    reveal: (d) => d?.member?.circleDays?.length > 0,
  },
  {
    // The owner follows a fresh friend who has a day; nobody else is in that friend's circle.
    operation: 'Mutation.cheerFriendDay',
    document: 'mutation ($memberId: ID!, $day: String!) { cheerFriendDay(memberId: $memberId, day: $day) { cheers viewerCheered } }',
    expected: [U, A, F, F, F, F],
    prepare: async (world) => {
      const friend = await freshMember(world);
      const day = yesterday(world.server.clock.now());
      await follows(world.server.graph, world.members.owner, friend);
      await storedCircleDay(world.server.graph, friend, day);
      return { watch: [friend.id], variables: { memberId: friend.id, day } };
    },
    reveal: (d) => d?.cheerFriendDay?.viewerCheered,
  },
];
