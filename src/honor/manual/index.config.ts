export default definePageConfig({ navigationBarTitleText: '积分补录记录' });
