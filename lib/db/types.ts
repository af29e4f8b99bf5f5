import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';

/** A Prisma client or an open transaction: what a write helper runs inside. */
export type Db = PrismaClient | Prisma.TransactionClient;
