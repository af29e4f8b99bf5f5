import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/db/client';
import { orderedProcedures } from '@/lib/procedures/procedure-order';

/** Every procedure, in the order the public page and the editors' list show them. */
export const getProcedures = cache(async () => orderedProcedures(prisma));
