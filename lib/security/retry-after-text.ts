/** "Vui lòng thử lại sau 2 phút." — when to retry, in words a reader understands. */
export function retryAfterText(seconds: number): string {
  if (seconds < 60) return `Vui lòng thử lại sau ${seconds} giây.`;
  const minutes = Math.ceil(seconds / 60);
  return `Vui lòng thử lại sau ${minutes} phút.`;
}
