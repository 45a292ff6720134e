/**
 * The privacy notice a resident agrees to before their first order: what is collected, why, who sees it, how long.
 */
export const PRIVACY_NOTICE = [
  '我们收集：您的称呼、联系电话、住址或网格、需求描述和照片。',
  '用途：仅用于社区受理您的需求、安排党员志愿者上门服务和事后回访。',
  '谁能看到：社区工作人员，以及接单为您服务的党员（服务期间）；其他人只能看到隐藏后的电话（如 139******78）和楼栋。',
  '保存多久：需求办结后保存3年用于统计和回访，之后删除；您可以随时联系社区查询或删除。',
].join('\n');

export const PRIVACY_KEY = 'sandan.privacyAgreed';
