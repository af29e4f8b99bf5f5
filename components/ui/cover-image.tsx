import { getImageProps } from 'next/image';
import type { ArticleCover } from '@/lib/data/articles';

/**
 * An article cover, resized and converted by the image optimizer. Rendered as a plain
 * <img> from a server component (getImageProps), so pages ship no image client code.
 */
export function CoverImage({ cover, sizes, priority = false, className }: {
  cover: ArticleCover;
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  const { props } = getImageProps({
    src: cover.src,
    alt: cover.alt,
    width: cover.width,
    height: cover.height,
    sizes,
    priority,
  });
  return <img {...props} alt={cover.alt} className={className} />;
}
