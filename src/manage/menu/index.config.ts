export default definePageConfig({ navigationBarTitleText: '服务菜单管理' });
