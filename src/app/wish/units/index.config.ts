export default definePageConfig({ navigationBarTitleText: '单位审核', enablePullDownRefresh: true });
