export default definePageConfig({ navigationBarTitleText: '新建居民档案' });
