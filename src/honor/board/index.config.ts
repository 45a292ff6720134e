export default definePageConfig({ navigationBarTitleText: '先锋榜' });
