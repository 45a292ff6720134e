// The demo login page exists only in the browser build: in WeChat the cloud knows the caller.
const h5Pages = process.env.TARO_ENV === 'h5' ? ['pages/login/index'] : [];
// 电脑登录 needs a host to issue its codes: the browser, or a weapp built against one (TARO_APP_API_BASE).
const hostPages = process.env.TARO_ENV !== 'weapp' || process.env.TARO_APP_API_BASE ? ['pc-code/index'] : [];

export default defineAppConfig({
  pages: ['pages/index/index', 'pages/mine/index', ...h5Pages],
  // Every page beyond 首页 and 我的 (but 数据看板), for every role, in one subpackage: what the roles' pages share (components, immer,
  // dayjs, NutUI's sheets) then ships once inside it, instead of in the main package every launch must download, or
  // copied into one subpackage per role. 209 KB against WeChat's 2 MB per package.
  subPackages: [
    {
      root: 'app',
      pages: [
        'order/detail/index',
        'resident/submit/index',
        'resident/orders/index',
        'resident/join/index',
        'member/register/index',
        'member/pool/index',
        'member/tasks/index',
        'member/points/index',
        'staff/queue/index',
        'staff/triage/index',
        'staff/members/index',
        'staff/residents/index',
        'staff/resident-new/index',
        'staff/resident/index',
        'staff/order-for/index',
        'staff/visits/index',
        'staff/visits/diary/index',
        'staff/exports/index',
        'staff/settings/index',
        'notice/list/index',
        'wish/wall/index',
        'wish/detail/index',
        'wish/post/index',
        'wish/manage/index',
        'wish/unit/index',
        'wish/units/index',
        'topic/list/index',
        'topic/detail/index',
        'topic/raise/index',
        ...hostPages,
      ],
    },
    // 晒 board: opened by anyone from a shared card, signed in or not, so it does not download the whole app package.
    { root: 'board', pages: ['view/index', 'manage/index'] },
    // What staff set up once in a while (服务菜单, 网格): downloaded only when opened.
    { root: 'manage', pages: ['menu/index', 'category/index', 'grids/index'] },
    // 先锋榜 (every role) and 积分补录记录 (staff): they use only what the main package holds, so nothing is copied
    // into two packages.
    { root: 'honor', pages: ['board/index', 'manual/index'] },
    // 职能部门: the department staff's queue and the street's department management.
    { root: 'dept', pages: ['queue/index', 'manage/index'] },
    // 数据看板 and its chart library, downloaded only when staff open it: the other pages never pay for the charts.
    { root: 'dash', pages: ['board/index'] },
  ],
  // WeChat preloads subpackages only by this per-page rule (there is no API to do it from code), and the home page is
  // shared by every role. So home preloads only what every account uses (each can act as a resident); the member and
  // staff subpackages download on first use and stay cached until the next release; and the pages each role lists
  // orders on preload the order detail it opens next.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['app'] },
    'pages/mine/index': { network: 'all', packages: ['app'] },
  },
  // Only the components a page renders are injected when it opens.
  lazyCodeLoading: 'requiredComponents',
  sitemapLocation: 'sitemap.json',
  tabBar: {
    color: '#4b5563',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab-home.png', selectedIconPath: 'assets/tab-home-on.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab-mine.png', selectedIconPath: 'assets/tab-mine-on.png' },
    ],
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '三单通',
    navigationBarTextStyle: 'white',
  },
  // WeChat asks the user to agree before a page reads personal data; the app shows its own notice too.
  __usePrivacyCheck__: true,
});
