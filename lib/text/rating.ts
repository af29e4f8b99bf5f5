/** "4,3/5 (12 lượt)": an average with a Vietnamese decimal comma, or null before any vote. */
export function formatRatingSummary(count: number, sum: number): string | null {
  if (count <= 0) return null;
  const average = (Math.round((sum / count) * 10) / 10).toFixed(1).replace('.', ',');
  return `${average}/5 (${count} lượt)`;
}
