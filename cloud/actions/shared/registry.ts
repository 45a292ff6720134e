/**
 * The actions the `api` cloud function runs, by name: the order loop and the people around it — not the exports
 * (registry.export.ts) nor the community modules (registry.community.ts). A name in the action map without a handler
 * in one of them fails to compile (registry.all.ts).
 */
import type { ApiActionName } from '../../../types/actions';
import type { Action } from './action';
import communityJoin from '../community.join';
import departmentGrant from '../department.grant';
import departmentList from '../department.list';
import departmentQueue from '../department.queue';
import departmentSave from '../department.save';
import communityList from '../community.list';
import fileRegister from '../file.register';
import gridGrant from '../grid.grant';
import gridSave from '../grid.save';
import menuCategories from '../menu.categories';
import menuSaveCategory from '../menu.saveCategory';
import settingsGet from '../settings.get';
import settingsUpdate from '../settings.update';
import ledgerAddManual from '../ledger.addManual';
import ledgerManualList from '../ledger.manualList';
import surveyRecord from '../survey.record';
import ledgerMine from '../ledger.mine';
import memberList from '../member.list';
import memberMe from '../member.me';
import memberRegister from '../member.register';
import memberReview from '../member.review';
import memberSetNotify from '../member.setNotify';
import menuGet from '../menu.get';
import noticeList from '../notice.list';
import noticeRead from '../notice.read';
import orderAccept from '../order.accept';
import orderAssign from '../order.assign';
import orderCancel from '../order.cancel';
import orderClaim from '../order.claim';
import orderCloseTeam from '../order.closeTeam';
import orderComplete from '../order.complete';
import orderConfirm from '../order.confirm';
import orderDecline from '../order.decline';
import orderDetail from '../order.detail';
import orderDispatch from '../order.dispatch';
import orderEscalate from '../order.escalate';
import orderExtend from '../order.extend';
import orderMine from '../order.mine';
import orderMyClaims from '../order.myClaims';
import orderPool from '../order.pool';
import orderProgress from '../order.progress';
import orderQueue from '../order.queue';
import orderReassign from '../order.reassign';
import orderRecall from '../order.recall';
import orderRateFor from '../order.rateFor';
import orderReject from '../order.reject';
import orderRelease from '../order.release';
import orderReopen from '../order.reopen';
import orderStreetResolve from '../order.streetResolve';
import orderToDepartment from '../order.toDepartment';
import orderDepartmentStep from '../order.departmentStep';
import orderSubmit from '../order.submit';
import orderUrge from '../order.urge';
import orderSubmitFor from '../order.submitFor';
import orderVisit from '../order.visit';
import phoneDecode from '../phone.decode';
import residentCreate from '../resident.create';
import residentGet from '../resident.get';
import residentLink from '../resident.link';
import residentList from '../resident.list';
import residentRevealPhone from '../resident.revealPhone';
import residentUpdate from '../resident.update';
import sessionMe from '../session.me';
import staffGrant from '../staff.grant';
import visitDue from '../visit.due';
import visitLinkOrder from '../visit.linkOrder';
import visitList from '../visit.list';
import visitLog from '../visit.log';
import statsCommunity from '../stats.community';
import statsStreet from '../stats.street';
import statsSetGridThresholds from '../stats.setGridThresholds';

export const API_ACTIONS = {
  'session.me': sessionMe,
  'community.list': communityList,
  'community.join': communityJoin,
  'menu.get': menuGet,
  'order.submit': orderSubmit,
  'order.detail': orderDetail,
  'order.cancel': orderCancel,
  'order.reject': orderReject,
  'order.dispatch': orderDispatch,
  'order.assign': orderAssign,
  'order.accept': orderAccept,
  'order.decline': orderDecline,
  'order.claim': orderClaim,
  'order.release': orderRelease,
  'order.escalate': orderEscalate,
  'order.streetResolve': orderStreetResolve,
  'order.toDepartment': orderToDepartment,
  'order.departmentStep': orderDepartmentStep,
  'order.progress': orderProgress,
  'order.complete': orderComplete,
  'order.closeTeam': orderCloseTeam,
  'order.confirm': orderConfirm,
  'order.reopen': orderReopen,
  'order.visit': orderVisit,
  'order.urge': orderUrge,
  'order.extend': orderExtend,
  'order.recall': orderRecall,
  'order.reassign': orderReassign,
  'order.submitFor': orderSubmitFor,
  'order.rateFor': orderRateFor,
  'order.mine': orderMine,
  'order.pool': orderPool,
  'order.myClaims': orderMyClaims,
  'order.queue': orderQueue,
  'member.register': memberRegister,
  'member.me': memberMe,
  'member.review': memberReview,
  'member.setNotify': memberSetNotify,
  'member.list': memberList,
  'ledger.mine': ledgerMine,
  'ledger.addManual': ledgerAddManual,
  'ledger.manualList': ledgerManualList,
  'survey.record': surveyRecord,
  'staff.grant': staffGrant,
  'grid.grant': gridGrant,
  'grid.save': gridSave,
  'menu.categories': menuCategories,
  'menu.saveCategory': menuSaveCategory,
  'settings.get': settingsGet,
  'settings.update': settingsUpdate,
  'resident.create': residentCreate,
  'resident.update': residentUpdate,
  'resident.list': residentList,
  'resident.get': residentGet,
  'resident.revealPhone': residentRevealPhone,
  'resident.link': residentLink,
  'file.register': fileRegister,
  'stats.community': statsCommunity,
  'stats.street': statsStreet,
  'stats.setGridThresholds': statsSetGridThresholds,
  'notice.list': noticeList,
  'notice.read': noticeRead,
  'phone.decode': phoneDecode,
  'visit.log': visitLog,
  'visit.due': visitDue,
  'visit.list': visitList,
  'visit.linkOrder': visitLinkOrder,
  'department.save': departmentSave,
  'department.list': departmentList,
  'department.grant': departmentGrant,
  'department.queue': departmentQueue,
} satisfies { [A in ApiActionName]: Action<A> };

