/**
 * `npm start`: the local host on its embedded default — PGlite in the data folder, demo data on first run,
 * dev login on — and what to open.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { foldStats } from '../jobs/stats.fold';
import { sweep } from '../jobs/sweep';
import { DEMO_ACCOUNTS } from '../seed/demo';
import { startHost } from './app';
import { ConfigError, loadConfig } from './config';
import { ensureDemoData } from './demo-data';
import { h5Files } from './static';

async function main() {
  const config = loadConfig();
  const h5 = resolve(__dirname, '../../dist/h5');
  if (await ensureDemoData(config, new Date())) console.log('已写入演示数据（南大街街道 · 东头村社区 / 西瀛里社区）');
  const host = await startHost(config, {
    demoAccounts: config.devLogin ? DEMO_ACCOUNTS : undefined,
    // The H5 build, from the same origin as the API.
    fallback: existsSync(h5) ? h5Files(h5) : undefined,
    // The demo's history is counted for the dashboards from the start (a large history folds over several runs).
    prepare: async (store) => void (await sweep(store, new Date()), await foldStats(store, new Date(), { maxBatches: 1000 })),
  });
  console.log(`\n三单通已启动，请用浏览器打开：${host.url}`);
  if (!existsSync(h5)) console.log('（未找到 H5 页面：请先运行 npm run build:h5）');
  console.log(`数据：${config.databaseUrl ? 'PostgreSQL（DATABASE_URL）' : `${config.dataDir}/pg（PGlite）`}`);
  console.log(`微信登录：${config.wechat ? `已开启（AppID ${config.wechat.appid}）` : '未配置（WECHAT_APPID / WECHAT_SECRET）'}`);
  console.log('订阅消息：本地运行不发送微信订阅消息（仅记录在内存中），消息中心照常可用');
  if (config.devLogin) {
    console.log('\n演示账号（POST /auth/dev-login {"openid": "…"}）：');
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.label.padEnd(12, '　')} ${a.name.padEnd(4, '　')} openid: ${a.openid}`);
  }
  const shutdown = () => host.stop().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((e) => {
  console.error('启动失败：', e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
