export default definePageConfig({ navigationBarTitleText: '三本帐导出' });
