export default definePageConfig({ navigationBarTitleText: '晒晒成绩单', enablePullDownRefresh: true, onReachBottomDistance: 120, enableShareAppMessage: true });
