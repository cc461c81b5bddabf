// Prepares the database before the server starts: migrate, seed when empty, then create the
// owner from ADMIN_EMAIL/ADMIN_PASSWORD when no account exists yet.
import { createOwner } from '@/lib/auth/owner';
import { env } from '@/lib/env';
import { db } from '@/db';
import { migrateDatabase } from '@/db/migrate';
import { needsSeed, seedDatabase } from './seed';
import { demoArticles } from './seed/demo-articles';
import { saveDemoPhotos } from './seed/demo-photos';

async function main() {
  migrateDatabase(db);
  // Illustrations are drawn only for a database about to be seeded.
  const seeded = needsSeed(db) && seedDatabase(db, new Date(), await saveDemoPhotos(demoArticles));
  console.log(`Cơ sở dữ liệu ${env.DATABASE_PATH}: đã cập nhật${seeded ? ', đã nạp dữ liệu mẫu' : ''}.`);
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
    const result = await createOwner({ email: env.ADMIN_EMAIL, name: env.ADMIN_NAME, password: env.ADMIN_PASSWORD });
    if (result === 'invalid-password') throw new Error('ADMIN_PASSWORD phải dài từ 8 đến 256 ký tự.');
    if (result === 'created') console.log(`Đã tạo tài khoản quản trị ${env.ADMIN_EMAIL}.`);
  }
  db.$client.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
