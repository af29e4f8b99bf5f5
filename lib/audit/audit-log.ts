import { createHmac } from 'node:crypto';
import type { Db } from '@/lib/db/types';
import type { AuditAction } from '@/lib/domain/audit-actions';
import { deriveSecret } from '@/lib/security/secrets';

export type AuditEntry = {
  action: AuditAction;
  actorId: string | null;
  targetType?: 'article' | 'user' | 'category' | 'settings' | 'account' | 'page' | 'leader' | 'document' | 'procedure' | 'question' | 'link';
  targetId?: string;
  /** small JSON-serialisable details (titles, old and new values); never passwords */
  detail?: Record<string, unknown>;
};

/** Records one event. Pass the transaction of the change so that both commit or neither does. */
export async function writeAuditLog(db: Db, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      action: entry.action,
      actorId: entry.actorId,
      targetType: entry.targetType ?? '',
      targetId: entry.targetId ?? '',
      detail: JSON.stringify(entry.detail ?? {}),
    },
  });
}

/**
 * A keyed hash of an IP address: enough to see that failed sign-ins come from one place,
 * without keeping the address itself (personal data under Nghị định 13/2023/NĐ-CP).
 */
export function hashIpForAudit(ip: string): string {
  return createHmac('sha256', deriveSecret('audit-ip')).update(ip).digest('hex').slice(0, 16);
}
