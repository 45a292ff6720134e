export default definePageConfig({ navigationBarTitleText: '第三方测评' });
