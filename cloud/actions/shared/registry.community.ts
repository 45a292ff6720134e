/**
 * The actions the `community` cloud function runs: the modules around the order loop (微心愿 and partner units,
 * 议事, the 晒 board, 先锋榜), kept apart so the `api` function stays small and loads fast.
 */
import type { CommunityActionName } from '../../../types/actions';
import type { Action } from './action';
import wishPost from '../wish.post';
import wishList from '../wish.list';
import wishGet from '../wish.get';
import wishClaim from '../wish.claim';
import wishRelease from '../wish.release';
import wishDeliver from '../wish.deliver';
import wishConfirm from '../wish.confirm';
import wishRepost from '../wish.repost';
import wishRanking from '../wish.ranking';
import topicRaise from '../topic.raise';
import topicPropose from '../topic.propose';
import topicCosign from '../topic.cosign';
import topicWithdraw from '../topic.withdraw';
import topicList from '../topic.list';
import topicGet from '../topic.get';
import topicSchedule from '../topic.schedule';
import topicMinutes from '../topic.minutes';
import topicDecide from '../topic.decide';
import topicLinkOrder from '../topic.linkOrder';
import topicPublish from '../topic.publish';
import topicRate from '../topic.rate';
import unitRegister from '../unit.register';
import unitReview from '../unit.review';
import unitList from '../unit.list';
import boardGet from '../board.get';
import boardReview from '../board.review';
import boardHide from '../board.hide';
import boardApproveComment from '../board.approveComment';
import leaderboardGet from '../leaderboard.get';

export const COMMUNITY_ACTIONS = {
  'wish.post': wishPost,
  'wish.list': wishList,
  'wish.get': wishGet,
  'wish.claim': wishClaim,
  'wish.release': wishRelease,
  'wish.deliver': wishDeliver,
  'wish.confirm': wishConfirm,
  'wish.repost': wishRepost,
  'wish.ranking': wishRanking,
  'topic.raise': topicRaise,
  'topic.propose': topicPropose,
  'topic.cosign': topicCosign,
  'topic.withdraw': topicWithdraw,
  'topic.list': topicList,
  'topic.get': topicGet,
  'topic.schedule': topicSchedule,
  'topic.minutes': topicMinutes,
  'topic.decide': topicDecide,
  'topic.linkOrder': topicLinkOrder,
  'topic.publish': topicPublish,
  'topic.rate': topicRate,
  'unit.register': unitRegister,
  'unit.review': unitReview,
  'unit.list': unitList,
  'board.get': boardGet,
  'board.review': boardReview,
  'board.hide': boardHide,
  'board.approveComment': boardApproveComment,
  'leaderboard.get': leaderboardGet,
} satisfies { [A in CommunityActionName]: Action<A> };
