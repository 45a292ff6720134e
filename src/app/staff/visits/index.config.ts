export default definePageConfig({ navigationBarTitleText: '民情日记', enablePullDownRefresh: true });
