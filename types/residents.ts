/**
 * 居民档案: records staff and grid workers keep of residents who cannot use the app themselves, the orders placed on
 * their behalf (代点单) and rated for them (代评). Both the mini-program and the cloud side import these.
 */
import type { Address, Role } from './domain';

/**
 * A record without WeChat owns its 代点单 orders through a placeholder user with this openid prefix until it is
 * linked: nobody can sign in as it, and nothing is pushed to it.
 */
export const RECORD_OPENID_PREFIX = 'record:';

/** A resident's record in one community. Its phone is masked for everyone but staff and the grid's workers. */
export interface ResidentRecord {
  id: string;
  communityId: string;
  name: string;
  phone: string;
  address: Address | null;
  gridId: string | null;
  /** From the community's `residentTags` (孤寡老人, 高龄 …). */
  tags: string[];
  /** The resident's own account once they join (resident.link); their 代点单 orders then are theirs. */
  linkedUserId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The fields an update may change. */
export type ResidentPatch = Partial<Pick<ResidentRecord, 'name' | 'phone' | 'address' | 'gridId' | 'tags'>>;

/** What happened to a record: every change and every reveal of the full phone is one line of its audit. */
export type RecordAuditAction = 'create' | 'update' | 'link' | 'reveal_phone';

export interface RecordAuditEntry {
  id: string;
  recordId: string;
  communityId: string;
  actorId: string;
  action: RecordAuditAction;
  /** The fields an update changed (empty for the other actions). */
  fields: string[];
  at: string;
}

/** A search over a community's records; every given criterion must match. */
export interface ResidentQuery {
  communityId: string;
  /** Only records in these grids (a grid worker's); absent means the whole community. */
  gridIds?: string[];
  /** Part of the name. */
  name?: string;
  /** The last digits of the phone. */
  phoneTail?: string;
  /** The building, exactly. */
  building?: string;
  tag?: string;
}

/** How a 代评 was obtained from the resident. */
export type ProxyWay = 'phone' | 'visit';

export const PROXY_WAY_NAMES: Record<ProxyWay, string> = { phone: '电话回访', visit: '上门回访' };

/** Who placed a 代点单 order, as the order shows it ("代点单 · 网格员 X"). */
export interface PlacedBy {
  userId: string;
  name: string;
  role: Extract<Role, 'staff' | 'admin' | 'grid_worker' | 'grid_leader'>;
}

/** A record as one caller sees it: the phone always masked (the full one only by a logged reveal). */
export interface ResidentView extends ResidentRecord {
  gridName: string | null;
  /** May this caller reveal the full phone and place orders for the record (staff, the grid's workers). */
  canAct: boolean;
}

/** A record with its audit (who changed what, who revealed the phone), names resolved. */
export interface ResidentDetail {
  record: ResidentView;
  audit: (RecordAuditEntry & { actorName: string | null })[];
}
