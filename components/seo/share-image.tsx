import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { SITE_KIND, SITE_NAME } from '@/lib/site';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

type FontWeight = 400 | 700;
type Font = { name: string; data: Buffer; weight: FontWeight; style: 'normal' };

// Be Vietnam Pro as .woff (the image renderer reads no woff2): the latin subset and the
// Vietnamese one, which holds the precomposed letters (ạ ấ ệ ợ ư Đ …). Loaded once.
const FAMILY = { latin: 'Be Vietnam Pro', vietnamese: 'Be Vietnam Pro Vietnamese' } as const;
let fonts: Promise<Font[]> | undefined;
function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    (['latin', 'vietnamese'] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        // one family per subset: the renderer falls back from family to family in
        // fontFamily's list, not from file to file of one family
        name: FAMILY[subset],
        data: await readFile(path.join(process.cwd(), 'app', 'fonts', `be-vietnam-pro-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    ),
  );
  return fonts;
}

/** Longer titles are cut at a word so that the image keeps its layout. */
function clip(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : maxLength)}…`;
}

/**
 * The picture shown when a page is shared on Zalo or Facebook: the portal's name on the
 * brand colour, then the page's title (and a line below it, e.g. the category and date).
 */
export async function renderShareImage({ title, kicker, footer }: { title: string; kicker?: string; footer?: string }) {
  const text = clip(title, 180);
  const titleSize = text.length <= 60 ? 64 : text.length <= 110 ? 52 : 42;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: `"${FAMILY.latin}", "${FAMILY.vietnamese}"` }}>
        <div style={{ display: 'flex', flexDirection: 'column', background: '#8a1616', color: '#ffffff', padding: '36px 64px' }}>
          <div style={{ fontSize: 26, textTransform: 'uppercase', letterSpacing: 2 }}>{SITE_KIND}</div>
          <div style={{ fontSize: 46, fontWeight: 700, textTransform: 'uppercase' }}>{SITE_NAME}</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', padding: '32px 64px', borderBottom: '16px solid #8a1616' }}>
          {kicker ? <div style={{ fontSize: 28, color: '#8a1616', fontWeight: 700, marginBottom: 16 }}>{kicker}</div> : null}
          <div style={{ fontSize: titleSize, fontWeight: 700, color: '#1f2937', lineHeight: 1.25 }}>{text}</div>
          {footer ? <div style={{ fontSize: 26, color: '#4b5563', marginTop: 20 }}>{footer}</div> : null}
        </div>
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, fonts: await loadFonts() },
  );
}
