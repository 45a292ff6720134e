export default definePageConfig({ navigationBarTitleText: '晒板管理', enablePullDownRefresh: true, onReachBottomDistance: 120 });
