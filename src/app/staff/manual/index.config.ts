export default definePageConfig({ navigationBarTitleText: '积分补录记录', enablePullDownRefresh: true, onReachBottomDistance: 120 });
