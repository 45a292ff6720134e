export default definePageConfig({ navigationBarTitleText: '三单通', enableShareAppMessage: true });
