/** Who may do what in the editor area. */
export const ROLES = ['admin', 'editor', 'contributor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị',
  editor: 'Biên tập viên',
  contributor: 'Cộng tác viên',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
