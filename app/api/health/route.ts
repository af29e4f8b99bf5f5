import { checkThisInstance } from '@/lib/health/check-health';

// Asked every few seconds by load balancers: always a fresh check, never a cached answer.
export const dynamic = 'force-dynamic';

export async function GET() {
  const report = await checkThisInstance();
  return Response.json(report, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store, max-age=0' },
  });
}
