export default definePageConfig({ navigationBarTitleText: '党员审核' });
