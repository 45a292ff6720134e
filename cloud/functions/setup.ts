/**
 * The `setup` cloud function, run by the deployer from the cloud console (云端测试), never by the mini-program:
 * writes the street's places (communities, grids, teams, service menu) and makes the first admins.
 * It answers only to an event carrying the key set in its SETUP_KEY environment variable.
 */
import { timingSafeEqual } from 'node:crypto';
import { demoPlaces } from '../seed/places';
import type { Places } from '../store/store.port';
import { cloudDeps } from './deps';

export interface SetupEvent {
  key?: string;
  /** The street to create or update; omitted, the demo street (南大街街道) is written. */
  places?: Places;
  /** First admins by openid (from the admin's own `session.me` call, or the cloud console's user list). */
  admins?: { openid: string; communityId: string; name?: string }[];
}

function keyMatches(given: unknown): boolean {
  const expected = process.env.SETUP_KEY ?? '';
  if (expected.length < 16 || typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

export async function main(event: SetupEvent) {
  if (!keyMatches(event?.key)) return { code: 'AUTH.FORBIDDEN', message: '需要正确的 SETUP_KEY' };
  const { store } = cloudDeps();
  const places = event.places ?? demoPlaces();
  await store.savePlaces(places);
  for (const a of event.admins ?? []) {
    const user = await store.ensureUser(a.openid, a.name ?? '');
    await store.grantRole(user.id, 'admin', { communityId: a.communityId });
    await store.grantRole(user.id, 'staff', { communityId: a.communityId });
  }
  return { code: 0, data: { communities: places.communities.length, admins: event.admins?.length ?? 0 } };
}
