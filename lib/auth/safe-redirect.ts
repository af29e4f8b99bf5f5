/** Where to go after signing in: a path inside the editor area, never another site. */
export function safeEditorPath(value: string | string[] | undefined | null): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith('/quan-tri') || path.includes('//') || path.includes('\\')) return '/quan-tri';
  return path;
}
