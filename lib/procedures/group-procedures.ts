import { slugify } from '@/lib/text/slugify';

/** One lĩnh vực of the procedures page, with the anchor its entry in the in-page list points to. */
export type ProcedureGroup<T> = { field: string; anchor: string; procedures: T[] };

/**
 * Procedures (already in display order) grouped by field. A field comes where its first
 * procedure comes, so editors order the fields by ordering the procedures. Anchors are
 * "linh-vuc-ho-tich", unique even when two field names lose their diacritics the same way.
 */
export function groupProceduresByField<T extends { field: string }>(procedures: readonly T[]): ProcedureGroup<T>[] {
  const groups = new Map<string, ProcedureGroup<T>>();
  const anchors = new Set<string>();
  for (const procedure of procedures) {
    let group = groups.get(procedure.field);
    if (!group) {
      const base = `linh-vuc-${slugify(procedure.field) || 'khac'}`;
      let anchor = base;
      for (let n = 2; anchors.has(anchor); n++) anchor = `${base}-${n}`;
      anchors.add(anchor);
      group = { field: procedure.field, anchor, procedures: [] };
      groups.set(procedure.field, group);
    }
    group.procedures.push(procedure);
  }
  return [...groups.values()];
}

/** "hộ  tịch" typed for an existing "Hộ tịch" is that field, not a new one. */
export function matchExistingField(typed: string, existing: readonly string[]): string {
  const key = (field: string) => field.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
  return existing.find((field) => key(field) === key(typed)) ?? typed;
}
