export default definePageConfig({ navigationBarTitleText: '我的任务', enablePullDownRefresh: true, onReachBottomDistance: 120 });
