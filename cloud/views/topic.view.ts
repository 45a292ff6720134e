/**
 * Topics as each caller may see them: photos by signed URL (flagged ones for staff only), linked orders with their
 * status, the average rating, the caller's own co-sign and the steps they may take now.
 */
import type { Topic, TopicCosign, TopicView } from '../../types/topics';
import type { Caller } from '../domain/access';
import { isStaffOf } from '../domain/access';
import { availableTopicCommands } from '../domain/topic.decide';
import type { Platform } from '../platform/platform';
import type { Store } from '../store/store.port';

export interface TopicViewContext {
  now: Date;
  caller: Caller;
}

/** Views of topics the caller may see; their co-signs, photos' URLs and linked orders fetched together. */
export async function topicViews(deps: { store: Store; platform: Platform }, topics: Topic[], ctx: TopicViewContext): Promise<TopicView[]> {
  const files = [...new Set(topics.flatMap((t) => t.photos))];
  const orderIds = [...new Set(topics.flatMap((t) => t.orderIds))];
  const [urls, uploads, orders, cosigns] = await Promise.all([
    files.length ? deps.platform.photoUrls(files) : ({} as Record<string, string>),
    files.length ? deps.store.getUploads(files) : [],
    Promise.all(orderIds.map((id) => deps.store.getOrder(id))),
    Promise.all(topics.map((t) => deps.store.getCosign(t.id, ctx.caller.userId))),
  ]);
  const risky = new Set(uploads.filter((u) => u.media === 'risky').map((u) => u.fileId));
  const byId = new Map(orders.flatMap((o) => (o ? [[o.id, { id: o.id, title: o.title, status: o.status }] as const] : [])));
  return topics.map((t, i) => view(t, cosigns[i], ctx, {
    photoUrls: t.photos.filter((f) => (urls as Record<string, string>)[f] && (isStaffOf(ctx.caller, t.communityId) || !risky.has(f))).map((f) => (urls as Record<string, string>)[f]),
    orders: t.orderIds.flatMap((id) => byId.get(id) ?? []),
  }));
}

function view(t: Topic, cosign: TopicCosign | null, ctx: TopicViewContext, loaded: Pick<TopicView, 'photoUrls' | 'orders'>): TopicView {
  return {
    id: t.id,
    communityId: t.communityId,
    level: t.level,
    title: t.title,
    problem: t.problem,
    place: t.place,
    ...loaded,
    raiserName: t.raiserName,
    proposed: t.proposed,
    status: t.status,
    threshold: t.threshold,
    cosigns: t.cosigns,
    agendaAt: t.agendaAt,
    meeting: t.meeting,
    minutes: t.minutes,
    decision: t.decision,
    outcome: t.outcome,
    publishedAt: t.publishedAt,
    rating: t.ratingCount ? Math.round((t.ratingSum / t.ratingCount) * 10) / 10 : null,
    ratingCount: t.ratingCount,
    mine: { cosigned: !!cosign, rating: cosign?.rating ?? null, raised: t.raisedBy === ctx.caller.userId },
    actions: availableTopicCommands(t, { ...ctx, cosign }),
    version: t.version,
  };
}
