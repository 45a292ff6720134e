/**
 * What a shared card carries. Never an order's own text, and never WeChat's default image (a screenshot of the page,
 * which could show a resident's name, door or phone): a neutral card, and a link whose page checks who opens it.
 */
import { ROUTES } from './routes';

const IMAGE = '/assets/share.png';

/** 首页, as a card anyone may open. */
export const homeShare = () => ({ title: '三单通 · 有困难找社区，党员来帮忙', path: ROUTES.home, imageUrl: IMAGE });

/**
 * An order as a generic card: the detail page shows it only to those who may see it (anyone else reads 未找到该需求),
 * with contact details masked as for any viewer.
 */
export const orderShare = (orderId: string) => ({
  title: '三单通 · 一条社区服务需求',
  path: `${ROUTES.order}?id=${encodeURIComponent(orderId)}`,
  imageUrl: IMAGE,
});

/** "标题 · 社区": a card's title says what and where, nothing more. */
const titled = (lead: string, title: string, community?: string) => [`${lead} · ${title}`, community].filter(Boolean).join(' · ');

/**
 * A wish as a card: its title (staff wrote it for the wall) and its community only — never the beneficiary, not even
 * by label; the wish page shows it only to people of its community.
 */
export const wishShare = (wishId: string, title?: string, community?: string) => ({
  title: title ? titled('微心愿', title, community) : '三单通 · 一个微心愿等您认领',
  path: `${ROUTES.wish}?id=${encodeURIComponent(wishId)}`,
  imageUrl: IMAGE,
});

/**
 * A topic shared to gather co-signs (联名点题): its title and community only — not who raised it, the problem or the
 * place; the page checks who opens it.
 */
export const topicShare = (topicId: string, title?: string, community?: string) => ({
  title: title ? titled('邀您联名', title, community) : '三单通 · 邀您联名点题',
  path: `${ROUTES.topic}?id=${encodeURIComponent(topicId)}`,
  imageUrl: IMAGE,
});

/** A community's 晒 board: public, for anyone, signed in or not; the card names only the community. */
export const boardShare = (communityId: string, name?: string) => ({
  title: name ? `${name} · 晒晒我们的服务成绩单` : '三单通 · 晒晒社区服务成绩单',
  path: `${ROUTES.board}?c=${encodeURIComponent(communityId)}`,
  imageUrl: IMAGE,
});
