// Prepares the database before the server starts: migrate, then seed when empty.
import { env } from '@/lib/env';
import { db } from './index';
import { migrateDatabase } from './migrate';
import { seedDatabase } from './seed';

migrateDatabase(db);
const seeded = seedDatabase(db);
console.log(`Cơ sở dữ liệu ${env.DATABASE_PATH}: đã cập nhật${seeded ? ', đã nạp dữ liệu mẫu' : ''}.`);
db.$client.close();
