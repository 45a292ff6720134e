/** The 民情日记 part of the store port (store.port.ts): visits to 居民档案 records, never edited once logged. */
import type { ResidentRecord } from '../../types/residents';
import type { Page } from '../../types/views';
import type { Visit } from '../../types/visits';
import type { PageRequest } from './store.port';

export interface VisitPort {
  /**
   * Inserts a visit as logged; with a key its logger already used, nothing is inserted and that visit is answered
   * (a retry after a lost reply).
   */
  logVisit(visit: Visit, idempotencyKey?: string | null): Promise<Visit>;
  getVisit(id: string): Promise<Visit | null>;
  /** A record's visits, newest first (by when they took place). */
  listVisits(recordId: string, page: PageRequest): Promise<Page<Visit>>;
  /**
   * Records the 代点单 order a visit led to, once: null if the visit is gone or already led to another order (the
   * same order again answers the visit as it is).
   */
  linkVisitOrder(link: { visitId: string; orderId: string; actorId: string; now: Date }): Promise<Visit | null>;
  /** The tagged records of a community (of these grids only, when given), each with when it was last visited. */
  visitSchedule(query: { communityId: string; gridIds?: string[] }): Promise<{ record: ResidentRecord; lastVisitAt: string | null }[]>;
}
