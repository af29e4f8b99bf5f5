import 'server-only';
import { prisma } from '@/lib/db/client';

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, optionally one kind of event only. */
export async function listAuditLog(filters: { action: string; page: number }) {
  const where = filters.action ? { action: filters.action } : {};
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { name: true, email: true } } },
    }),
  ]);
  const entries = rows.map((row) => {
    let detail: Record<string, unknown> = {};
    try {
      detail = JSON.parse(row.detail) as Record<string, unknown>;
    } catch {
      // an unreadable detail shows as none
    }
    return { id: row.id, action: row.action, createdAt: row.createdAt, actorName: row.actor?.name ?? null, targetType: row.targetType, targetId: row.targetId, detail };
  });
  return { entries, total, totalPages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
