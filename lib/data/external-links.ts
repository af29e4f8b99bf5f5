import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/db/client';
import { orderedExternalLinks } from '@/lib/external-links/external-link-order';

/** Every link, in the order the public page and the editors' list show them. */
export const getExternalLinks = cache(async () => orderedExternalLinks(prisma));
