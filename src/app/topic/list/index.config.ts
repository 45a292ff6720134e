export default definePageConfig({ navigationBarTitleText: '议事', enablePullDownRefresh: true, onReachBottomDistance: 120 });
