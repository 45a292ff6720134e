/**
 * Stable error codes and what the user reads for each. Codes never change meaning; the client shows `message`.
 */
export const ERROR_MESSAGES = {
  'AUTH.REQUIRED': '请先登录后再操作',
  'AUTH.FORBIDDEN': '您没有权限进行此操作',
  'AUTH.DEV_LOGIN_OFF': '演示登录未开启',
  'AUTH.WECHAT_OFF': '本系统未开启微信登录，请联系管理员',
  'AUTH.WECHAT_FAILED': '微信登录没有成功，请重新打开小程序再试',
  'AUTH.CODE_INVALID': '登录码不正确或已过期，请在小程序“我的 → 电脑登录”重新获取',
  'AUTH.TOO_MANY': '尝试次数太多了，请 5 分钟后再试',
  'INPUT.INVALID': '填写的内容有误，请检查后重试',
  'INPUT.TOO_LARGE': '提交的内容太多了，请删减后重试',
  'ACTION.UNKNOWN': '暂不支持该操作，请更新小程序后重试',
  'COMMUNITY.NOT_FOUND': '未找到该社区',
  'COMMUNITY.NOT_JOINED': '请先加入所在社区',
  'CATEGORY.NOT_FOUND': '该服务类别不存在或已停用',
  'CATEGORY.DUPLICATE': '本社区已有同名的服务类别',
  'GRID.NOT_FOUND': '该网格不存在',
  'GRID.DUPLICATE': '本社区已有同名的网格',
  'GRID.BUILDING_TAKEN': '该楼栋已划入其他网格',
  'DEPARTMENT.NOT_FOUND': '未找到该职能部门，或它已停用',
  'DEPARTMENT.OTHER_STREET': '只能转派给本街道的职能部门',
  'DEPARTMENT.DUPLICATE': '本街道已有同名的职能部门',
  'DEPARTMENT.SELF_GRANT': '不能给自己授予或撤销部门工作人员身份',
  'DEPARTMENT.BUSY': '该需求正由职能部门办理，请等待部门办结或退回',
  'DEPARTMENT.NOT_WITH_IT': '该需求已不在本部门办理，请刷新后查看',
  'TEAM.NOT_FOUND': '该志愿服务队不存在',
  'USER.NOT_FOUND': '未找到该用户',
  'ORDER.NOT_FOUND': '未找到该需求，可能已被删除或您无权查看',
  'ORDER.INVALID_TRANSITION': '该需求当前状态不能进行此操作，请刷新后查看',
  'ORDER.CONFLICT': '该需求刚刚有了新变化，请刷新后重试',
  'ORDER.NOT_CLAIMABLE': '该需求已被其他党员认领',
  'ORDER.HAS_HOLDERS': '已有党员接单，不能直接取消；如需取消请联系社区',
  'ORDER.ALREADY_HOLDING': '您已认领该需求，无需重复认领',
  'ORDER.CLAIM_LIMIT': '您手头未完成的任务已达上限，请先完成后再接单',
  'ORDER.OWN_ORDER': '这是您自己提交的需求，请等待其他党员认领',
  'ORDER.NOT_ELIGIBLE': '该需求对技能、服务队或网格有要求，您暂不符合条件',
  'ORDER.DEADLINE_PAST': '办结时限必须晚于当前时间',
  'ORDER.DEADLINE_NOT_LATER': '新的办结时限须晚于原来的时限',
  'ORDER.NOBODY_TO_URGE': '还没有党员承接该需求，暂时无需督办',
  'ORDER.NOT_HOLDER': '该党员没有承接这个需求，无法收回',
  'ORDER.RECALL_WHOM': '该需求有多名党员承接，请选择要收回的党员',
  'ORDER.SAME_ASSIGNEE': '该党员已在办理这个需求，请选择其他党员',
  'ORDER.TEAM_REASSIGN': '多人服务的需求不能整单改派，请收回个别党员后重新发布',
  'ORDER.PHOTO_REQUIRED': '请至少上传一张服务完成的照片',
  'ORDER.PART_REPORTED': '您已报告过自己的完成情况，不能重复报告',
  'ORDER.PART_REPORTED_NO_RELEASE': '您已报告完成情况，不能再退出该需求',
  'ORDER.NO_PARTS': '还没有队员报告完成情况，暂不能代为结单',
  'ORDER.ASSIGNEE_INVALID': '只能指派给本社区已通过审核的党员，且不能是提出需求的居民本人',
  'MEMBER.NOT_VERIFIED': '您的党员报到还未通过社区审核，审核通过后即可接单',
  'MEMBER.REJECTED': '您的党员报到未通过审核，请查看审核意见后重新报到',
  'MEMBER.ALREADY_REGISTERED': '您已在本社区报到，请勿重复提交',
  'MEMBER.NOT_PENDING': '该报到申请已处理过了',
  'ORDER.NOT_PROXY': '只有代点单的需求才能代评，居民本人的需求请等待居民评价',
  'RESIDENT.NOT_FOUND': '未找到该居民档案，可能不在您负责的网格',
  'RESIDENT.CONFLICT': '该居民档案刚刚有人修改过，请刷新后重试',
  'RESIDENT.ALREADY_LINKED': '该居民档案已关联微信账号',
  'RESIDENT.TAG_UNKNOWN': '居民标签不在本社区的标签列表中',
  'VISIT.NOT_FOUND': '未找到该走访记录',
  'VISIT.IN_FUTURE': '走访日期不能晚于今天',
  'VISIT.ORDER_MISMATCH': '该需求不是为这位居民代点的，不能关联到这次走访',
  'VISIT.ALREADY_LINKED': '这次走访已关联了另一个代点单',
  'WISH.NOT_FOUND': '未找到该微心愿，可能已被撤下或您无权查看',
  'WISH.INVALID_TRANSITION': '该微心愿当前状态不能进行此操作，请刷新后查看',
  'WISH.CONFLICT': '该微心愿刚刚有了新变化，请刷新后重试',
  'WISH.NOT_RELEASED': '该微心愿还没到发布时间，请到点再来认领',
  'WISH.TAKEN': '手慢了，该微心愿已被认领',
  'WISH.ALREADY_CLAIMED': '您已认领该微心愿，无需重复认领',
  'WISH.HOLD_LIMIT': '您认领且尚未实现的微心愿已达上限，请先完成后再认领',
  'WISH.PAST_DEADLINE': '该微心愿已过截止时间',
  'WISH.VALUE_CAP': '心愿估值超过了本社区的上限',
  'WISH.DATES_INVALID': '截止时间必须晚于发布时间和当前时间',
  'TOPIC.NOT_FOUND': '未找到该议题，可能已被撤下或您无权查看',
  'TOPIC.INVALID_TRANSITION': '该议题当前所处的议事步骤不能进行此操作，请刷新后查看',
  'TOPIC.CONFLICT': '该议题刚刚有了新变化，请刷新后重试',
  'TOPIC.OWN': '这是您自己提出的议题，无需联名',
  'TOPIC.ALREADY_COSIGNED': '您已联名该议题，无需重复联名',
  'TOPIC.NOT_COSIGNED': '您还没有联名该议题',
  'TOPIC.OTHER_COMMUNITY': '只有本社区居民才能联名该议题',
  'TOPIC.NOT_RESIDENT': '只有本社区登记的居民才能提出议题',
  'TOPIC.STAFF_ONLY': '该议事步骤只能由社区工作人员办理',
  'TOPIC.NOT_COSIGNER': '只有联名的居民才能评价议题结果',
  'TOPIC.ALREADY_RATED': '您已评价过该议题的结果',
  'TOPIC.NOT_ADOPTED': '该议题未被采纳，不能据此派发工作',
  'TOPIC.ORDER_MISMATCH': '只能关联本社区的需求',
  'UNIT.NOT_FOUND': '未找到该单位',
  'UNIT.NOT_VERIFIED': '该单位还未通过社区审核，审核通过后即可认领',
  'UNIT.NOT_PENDING': '该单位的申请已处理过了',
  'UNIT.ALREADY_REGISTERED': '该单位已在本社区登记，请勿重复提交',
  'BOARD.NOT_FOUND': '未找到该内容，可能已被隐藏或撤下',
  'BOARD.NO_COMMENT': '这条需求还没有居民的评价留言，无需审核',
  'LEDGER.CAP_EXCEEDED': '超出该党员本月补录上限，请核对后再补录',
  'DUTY.SELF_REVIEW': '不能审核自己的报到，请由社区其他工作人员审核',
  'DUTY.SELF_GRANT': '不能给自己授予角色，请由其他管理员授予',
  'DUTY.SELF_CREDIT': '不能给自己补录积分，请由社区其他工作人员补录',
  'DUTY.SELF_SURVEY': '不能测评自己参与服务的需求，请由其他工作人员回访',
  'CONTENT.UNSAFE': '内容含有不适宜发布的信息，请修改后再提交',
  'FILE.TOO_LARGE': '图片太大了，请选择 5MB 以内的图片',
  'FILE.TYPE': '只能上传 JPG、PNG 或 WebP 格式的图片',
  'FILE.FORBIDDEN': '图片链接已过期或无权查看，请刷新页面',
  'FILE.TOO_MANY': '一小时内上传的图片太多了，请稍后再试',
  'RATE.LIMITED': '操作太频繁了，请稍后再试',
  'PHONE.NOT_CONFIGURED': '本系统未开通微信手机号快速填写，请直接输入手机号',
  'PHONE.FAILED': '没能取得微信绑定的手机号，请直接输入手机号',
  'EXPORT.PERIOD_INVALID': '导出时段有误：开始时间必须早于结束时间',
  'EXPORT.PERIOD_TOO_LONG': '导出时段最长 3 年，请缩短后再导出',
  'EXPORT.NOT_FOUND': '未找到该导出文件，可能您无权下载',
  'SYSTEM.INTERNAL': '系统繁忙，请稍后再试',
  /** Raised by the client when the request never got an answer. */
  'NETWORK.OFFLINE': '网络不太稳定，请检查网络后重试',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Field-level messages for a form, keyed by the input path (e.g. `contactPhone`, `address.building`). */
export type FieldErrors = Record<string, string>;

/** The failure envelope every action returns. */
export interface Failure {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
}

/** The success envelope, as WeChat's samples shape it. */
export interface Success<T> {
  code: 0;
  data: T;
}

export type Envelope<T> = Success<T> | Failure;
