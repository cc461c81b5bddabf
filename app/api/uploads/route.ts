import { AuthorizationError, assertSameOrigin, requireCapability } from '@/lib/auth/guard';
import { clientIp } from '@/lib/auth/client-ip';
import { recordAudit } from '@/lib/data/audit';
import { log } from '@/lib/log';
import { saveUpload } from './save-upload';
import { UploadError } from '@/lib/media/upload-error';

// POST multipart/form-data: a "file" part (JPEG, PNG, WebP or AVIF, ≤ 20 MB, ≤ 50 MP) and
// optional "alt", "caption" and "credit" text parts. Answers 201 { media } or 4xx { error }
// with a Vietnamese message. The origin and the session are checked before the body is read.

const noStore = { 'Cache-Control': 'no-store' };

export async function POST(request: Request): Promise<Response> {
  try {
    await assertSameOrigin();
    const user = await requireCapability('media:upload');
    const media = await saveUpload(request, user.id);
    recordAudit({ actor: user, action: 'media.upload', targetType: 'media', targetId: media.id, ip: clientIp(request.headers) });
    return Response.json({ media }, { status: 201, headers: noStore });
  } catch (error) {
    if (error instanceof AuthorizationError || error instanceof UploadError) {
      return Response.json({ error: error.message }, { status: error.status, headers: noStore });
    }
    log('error', 'upload failed', {}, error);
    return Response.json({ error: 'Lỗi máy chủ khi xử lý ảnh. Vui lòng thử lại.' }, { status: 500, headers: noStore });
  }
}
