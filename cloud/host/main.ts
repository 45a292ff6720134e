/**
 * `npm start`: the local host on its embedded default — PGlite in the data folder, demo data on first run,
 * dev login on — and what to open.
 */
import { sweep } from '../jobs/sweep';
import { localPlatform } from '../platform/platform.local';
import { DEMO_ACCOUNTS, seedDemo } from '../seed/demo';
import { startHost } from './app';
import { loadConfig } from './config';

async function main() {
  const config = loadConfig();
  const host = await startHost(config, {
    demoAccounts: DEMO_ACCOUNTS,
    prepare: async (store) => {
      if (config.seedDemo && (await seedDemo(store, localPlatform(), new Date()))) console.log('已写入演示数据（南大街街道 · 东头村社区 / 西瀛里社区）');
      await sweep(store, new Date());
    },
  });
  console.log(`\n三单通本地服务已启动：${host.url}`);
  console.log(`数据：${config.databaseUrl ? 'PostgreSQL（DATABASE_URL）' : `${config.dataDir}/pg（PGlite）`}`);
  if (config.devLogin) {
    console.log('\n演示账号（POST /auth/dev-login {"openid": "…"}）：');
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.label.padEnd(12, '　')} ${a.name.padEnd(4, '　')} openid: ${a.openid}`);
  }
  const shutdown = () => host.stop().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((e) => {
  console.error('启动失败：', e);
  process.exit(1);
});
