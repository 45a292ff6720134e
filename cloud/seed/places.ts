/**
 * The demo street: two communities with grids, the seven colour teams and the service menu
 * (十大公益岗 and everyday services), as the Changzhou and Ningbo reports describe them.
 */
import type { Category } from '../../types/domain';
import type { CategoryField } from '../../types/menu';
import type { Places } from '../store/store.port';

/** Advice, mediation and messages leave nothing to photograph: their completion needs no photo. */
const NO_PHOTO = new Set(['民情快递', '政策宣传', '法律援助', '矛盾调解']);

const MENU: [group: string, name: string, icon: string, points: number][] = [
  ['十大公益岗', '邻里守望', 'eye', 5],
  ['十大公益岗', '扶贫帮困', 'heart', 8],
  ['十大公益岗', '民情快递', 'message', 3],
  ['十大公益岗', '政策宣传', 'notice', 3],
  ['十大公益岗', '法律援助', 'shield', 10],
  ['十大公益岗', '健康义诊', 'health', 8],
  ['十大公益岗', '助老服务', 'elder', 6],
  ['十大公益岗', '四点钟托班', 'book', 6],
  ['十大公益岗', '矛盾调解', 'people', 8],
  ['十大公益岗', '技能培训', 'tool', 5],
  ['生活服务', '家电维修', 'repair', 5],
  ['生活服务', '水电维修', 'water', 5],
  ['生活服务', '代购代办', 'cart', 3],
  ['生活服务', '微心愿', 'gift', 5],
];

/** The questions some services ask on the 点单 form. */
const FIELDS: Record<string, CategoryField[]> = {
  水电维修: [
    { key: 'spot', label: '故障位置', type: 'single', required: true, choices: ['厨房', '卫生间', '阳台', '客厅', '卧室', '其他'] },
    { key: 'kind', label: '故障类型', type: 'multi', required: false, choices: ['漏水', '堵塞', '停电跳闸', '灯具插座', '水龙头阀门'] },
  ],
  家电维修: [{ key: 'appliance', label: '电器名称', type: 'text', required: true, hint: '如：空调、洗衣机、冰箱' }],
  法律援助: [
    { key: 'dispute', label: '纠纷类型', type: 'single', required: true, choices: ['婚姻家庭', '劳动工资', '邻里纠纷', '房屋租赁', '其他'] },
    { key: 'amount', label: '涉及金额（元）', type: 'number', required: false, hint: '不涉及可不填' },
  ],
  健康义诊: [{ key: 'visitDay', label: '希望就诊日期', type: 'date', required: false }],
};

/** What a demo resident answers to a service's required questions (`n` varies the choice), by menu position (1-based). */
export function demoAnswers(position: number, n: number): Record<string, string | string[]> {
  const fields = FIELDS[MENU[position - 1][1]] ?? [];
  const answer = (f: CategoryField) => (f.choices ? f.choices[n % f.choices.length] : f.hint?.replace(/^如：/, '').split('、')[n % 3] ?? '');
  return Object.fromEntries(fields.filter((f) => f.required).map((f) => [f.key, f.type === 'multi' ? [answer(f)] : answer(f)]));
}

const buildings = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}栋`);

/** Each grid's households and buildings, as its staff keep them (网格管理): an address there suggests the grid. */
export const GRID_DETAILS: Record<string, { households: number; buildings: string[] }> = {
  'dongtoucun-g1': { households: 326, buildings: buildings('东头村', 1, 6) },
  'dongtoucun-g2': { households: 284, buildings: buildings('东头村', 7, 10) },
  'dongtoucun-g3': { households: 158, buildings: buildings('东头村', 11, 12) },
  'xiyingli-g1': { households: 240, buildings: buildings('西瀛里', 1, 4) },
  'xiyingli-g2': { households: 212, buildings: buildings('西瀛里', 5, 8) },
};

const TEAMS: [name: string, color: string][] = [
  ['红色先锋队', '#d32f2f'],
  ['橙色助老队', '#ef6c00'],
  ['黄色护学队', '#f9a825'],
  ['绿色环保队', '#2e7d32'],
  ['青色调解队', '#00838f'],
  ['蓝色维修队', '#1565c0'],
  ['紫色文化队', '#6a1b9a'],
];

function community(id: string, name: string, dutyPhone: string, gridNames: string[]): Omit<Places, 'streets'> {
  return {
    // Five unfinished orders a member: the demo's members hold team orders, a 代点单 awaiting its 代评 and more, and
    // must still be able to claim a new one when the demo is tried.
    communities: [{ id, streetId: 'nandajie', name, dutyPhone, settings: { maxActiveClaims: 5 } }],
    grids: gridNames.map((g, i) => ({ id: `${id}-g${i + 1}`, communityId: id, name: g })),
    teams: TEAMS.map(([n, color], i) => ({ id: `${id}-t${i + 1}`, communityId: id, name: n, color })),
    categories: MENU.map(
      ([group, n, icon, basePoints], i): Category => ({
        id: `${id}-c${i + 1}`, communityId: id, group, name: n, icon, basePoints, sort: i, photoRequired: !NO_PHOTO.has(n),
        defaultPriority: 'normal', active: true, fields: FIELDS[n] ?? [],
      }),
    ),
  };
}

export function demoPlaces(): Places {
  const parts = [
    community('dongtoucun', '东头村社区', '0519-86601234', ['第一网格', '第二网格', '第三网格']),
    community('xiyingli', '西瀛里社区', '0519-86605678', ['第一网格', '第二网格']),
  ];
  return {
    streets: [{ id: 'nandajie', name: '南大街街道' }],
    communities: parts.flatMap((p) => p.communities),
    grids: parts.flatMap((p) => p.grids),
    teams: parts.flatMap((p) => p.teams),
    categories: parts.flatMap((p) => p.categories),
  };
}
