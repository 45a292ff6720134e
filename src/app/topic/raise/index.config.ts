export default definePageConfig({ navigationBarTitleText: '联名点题' });
