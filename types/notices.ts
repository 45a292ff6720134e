/**
 * Notices: what a person is told about a step of an order, in the message centre (always) and as a WeChat
 * subscribe message (when they allowed the template of its group). Both sides read these; nothing here runs.
 */

/** Who a kind is for is part of its name's meaning: staff of the community, the member doing it, the resident. */
export type StaffNoticeKind =
  | 'new_order' // 新需求 (urgent and life-threatening ones marked in the text)
  | 'accept_overdue' // 受理时限已过, still waiting
  | 'assign_declined' // the assigned member declined
  | 'assign_timeout' // the assigned member did not answer in time
  | 'claim_released' // a member let go of an order
  | 'order_reopened' // the resident says it is not solved (未解决)
  | 'street_returned' // the street sent it back
  | 'order_overdue' // past its deadline
  | 'claim_timeout' // a claim without progress released by the system
  | 'parts_in' // every holder of a team order reported their part
  | 'wish_returned' // 微心愿 unclaimed or undelivered by its deadline (orderId carries the wish's id)
  | 'wish_delivered' // a claimer reports a wish delivered
  | 'dept_resolved' // street staff: the department resolved an order they sent it
  | 'dept_returned' // street staff: the department returned it, with the reason
  | 'dept_assigned' // department staff: the street sent them an order, with its deadline
  | 'dept_overdue' // department staff and the street: still with the department past its deadline
  | 'topic_agenda'; // 议事: co-signs brought a topic to the agenda (orderId carries the topic's id)
export type MemberNoticeKind =
  | 'assigned' // assigned to you, with the time left to accept
  | 'task_reopened' // the resident says it is not solved
  | 'deadline_near'
  | 'task_overdue'
  | 'pool_match' // a new 接单大厅 order matching them (opted in, a few a day)
  | 'urged' // 督办: staff ask for progress, with their note
  | 'task_extended' // the deadline moved later
  | 'recalled' // taken back from them (收回, 改派, or by the system after a claim without progress)
  | 'claim_remind' // a claim without progress for a while: report progress or it is released
  | 'team_closed' // staff closed the team order before you reported your part
  | 'wish_realised'; // staff confirmed the wish they delivered
export type ResidentNoticeKind =
  | 'taken' // accepted: who is coming (name and 党支部)
  | 'progress'
  | 'done' // 请确认并评价
  | 'rate_reminder' // one day before it closes unrated
  | 'rejected' // with the reason and where to turn
  | 'back_to_pool' // the member let go; it is being arranged again
  | 'extended' // the deadline moved later, with the reason
  | 'topic_update' // 议事: a meeting set or a decision on a topic they raised or co-signed
  | 'topic_published'; // 议事: its outcome is public, please rate

export type NoticeKind = StaffNoticeKind | MemberNoticeKind | ResidentNoticeKind;

/**
 * The subscribe template each kind goes out with: 接单/指派, 进度, 完成待评价, 未受理, and 新需求 (staff's to-dos).
 * The client asks for the templates of the moments it is at; the timer sends each notice with its group's template.
 */
export type SubscribeGroup = 'accept' | 'progress' | 'done' | 'rejected' | 'new_order';

export const NOTICE_GROUP = {
  new_order: 'new_order',
  accept_overdue: 'new_order',
  assign_declined: 'new_order',
  assign_timeout: 'new_order',
  claim_released: 'new_order',
  order_reopened: 'new_order',
  street_returned: 'new_order',
  parts_in: 'new_order',
  order_overdue: 'new_order',
  claim_timeout: 'new_order',
  wish_returned: 'new_order',
  wish_delivered: 'new_order',
  wish_realised: 'done',
  topic_agenda: 'new_order',
  dept_resolved: 'new_order',
  dept_returned: 'new_order',
  dept_assigned: 'new_order',
  dept_overdue: 'new_order',
  topic_update: 'progress',
  topic_published: 'done',
  assigned: 'accept',
  task_reopened: 'progress',
  deadline_near: 'progress',
  task_overdue: 'progress',
  team_closed: 'progress',
  pool_match: 'accept',
  urged: 'progress',
  task_extended: 'progress',
  recalled: 'progress',
  claim_remind: 'progress',
  taken: 'accept',
  progress: 'progress',
  done: 'done',
  rate_reminder: 'done',
  rejected: 'rejected',
  back_to_pool: 'progress',
  extended: 'progress',
} as const satisfies Record<NoticeKind, SubscribeGroup>;

/**
 * A short label per kind: the tag in the message centre, and the 状态 (`phrase`, at most 5 Chinese characters) of
 * the subscribe message.
 */
export const NOTICE_LABEL = {
  new_order: '新需求',
  accept_overdue: '受理超时',
  assign_declined: '指派被拒',
  assign_timeout: '指派超时',
  claim_released: '党员退单',
  order_reopened: '未解决',
  street_returned: '街道退回',
  parts_in: '全部已报告',
  order_overdue: '已超期',
  claim_timeout: '认领超时',
  wish_returned: '心愿退回',
  wish_delivered: '心愿送达',
  wish_realised: '心愿实现',
  topic_agenda: '议题入议程',
  dept_resolved: '部门已办结',
  dept_returned: '部门退回',
  dept_assigned: '部门新任务',
  dept_overdue: '部门超期',
  topic_update: '议事进展',
  topic_published: '议事结果',
  assigned: '新指派',
  task_reopened: '未解决',
  deadline_near: '即将到期',
  task_overdue: '已超期',
  team_closed: '代为结单',
  pool_match: '大厅新需求',
  urged: '社区督办',
  task_extended: '时限延长',
  recalled: '已收回',
  claim_remind: '请更新进度',
  taken: '已接单',
  progress: '进度更新',
  done: '待评价',
  rate_reminder: '待评价',
  rejected: '未受理',
  back_to_pool: '重新派单',
  extended: '时限延长',
} as const satisfies Record<NoticeKind, string>;

/** One notice in the caller's message centre; tapping it opens the order (order.detail decides if they still may). */
export interface NoticeView {
  id: string;
  kind: NoticeKind;
  orderId: string;
  /** The order's title. */
  title: string;
  /** What happened, in full. */
  text: string;
  /** When it happened (ISO instant). */
  at: string;
  read: boolean;
}

export interface NoticePage {
  items: NoticeView[];
  /** Pass back to get the next page; null at the end. */
  nextCursor: string | null;
  /** The caller's unread notices in all (the badge on 我的 and the home page). */
  unread: number;
}
