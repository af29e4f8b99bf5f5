import { renderShareImage } from '@/components/seo/share-image';

// Rendered once at build: it shows only the portal's fixed identity.
export const dynamic = 'force-static';

/** The portal's share picture, for pages that have none of their own. */
export async function GET() {
  return renderShareImage({ title: 'Tin tức, thông báo và thông tin chính thức của phường' });
}
