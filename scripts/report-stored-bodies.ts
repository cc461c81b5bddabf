// Logs stored article bodies that break the structural limits (lib/article-body/limits.ts), one
// line per article. `npm start` runs it at low priority once the server is ready: on a large
// archive the pass takes tens of seconds, which must delay neither the start nor readers.
import { db } from '@/db';
import { reportStoredBodiesOverLimits } from '@/lib/data/stored-body';

const found = reportStoredBodiesOverLimits(db);
if (found.length > 0) console.error(`${found.length} bài có nội dung vượt giới hạn cấu trúc (xem các dòng log phía trên).`);
db.$client.close();
