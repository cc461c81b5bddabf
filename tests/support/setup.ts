import { db } from '@/db';
import { migrateDatabase } from '@/db/migrate';

migrateDatabase(db);
