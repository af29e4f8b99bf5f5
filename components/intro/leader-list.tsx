import { EmailLink, PhoneLink } from '@/components/contact/contact-links';
import { CoverImage } from '@/components/ui/cover-image';
import { SampleBadge } from '@/components/ui/sample-badge';
import type { LeaderEntry } from '@/lib/data/leaders';

/** The ward's leadership on /gioi-thieu: who, which post, how to reach them, what they oversee. */
export function LeaderList({ leaders }: { leaders: LeaderEntry[] }) {
  if (leaders.length === 0) return <p className="mt-3">Thông tin lãnh đạo phường đang được cập nhật.</p>;
  return (
    <ul className="mt-4 grid gap-4 md:grid-cols-2">
      {leaders.map((leader) => (
        <li key={leader.id} className="flex gap-4 rounded border border-gray-300 p-4">
          {leader.photo ? (
            <CoverImage cover={leader.photo} sizes="96px" className="h-32 w-24 shrink-0 rounded object-cover" />
          ) : null}
          <div className="min-w-0">
            <h3 className="text-lg font-bold text-brand-900">
              {leader.name}
              {leader.isSample ? <SampleBadge /> : null}
            </h3>
            <p className="font-bold">{leader.position}</p>
            <dl className="mt-2 text-sm">
              {leader.phone ? (
                <div>
                  <dt className="inline font-bold">Điện thoại: </dt>
                  <dd className="inline">
                    <PhoneLink phone={leader.phone} />
                  </dd>
                </div>
              ) : null}
              {leader.email ? (
                <div>
                  <dt className="inline font-bold">Thư điện tử: </dt>
                  <dd className="inline">
                    <EmailLink email={leader.email} />
                  </dd>
                </div>
              ) : null}
              {leader.responsibilities ? (
                <div className="mt-1">
                  <dt className="font-bold">Lĩnh vực phụ trách:</dt>
                  <dd className="whitespace-pre-line">{leader.responsibilities}</dd>
                </div>
              ) : null}
            </dl>
          </div>
        </li>
      ))}
    </ul>
  );
}
