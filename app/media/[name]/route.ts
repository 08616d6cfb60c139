import { serveMedia } from '@/lib/media/serve';
import { mediaStore } from '@/lib/media/store';

type Props = { params: Promise<{ name: string }> };

// Uploaded pictures from the configured store (local folder or S3-compatible bucket).
export async function GET(request: Request, { params }: Props) {
  return serveMedia(request, (await params).name, mediaStore());
}

export async function HEAD(request: Request, { params }: Props) {
  return serveMedia(request, (await params).name, mediaStore());
}
