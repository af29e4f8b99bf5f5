import { EmailLink, PhoneLink } from '@/components/contact/contact-links';
import { SampleBadge } from '@/components/ui/sample-badge';
import { getSiteSettings } from '@/lib/data/site-settings';
import { SITE_SETTING_LABELS, type SiteSettingKey } from '@/lib/domain/site-settings';
import { SITE_FULL_NAME } from '@/lib/site';

const FOOTER_KEYS: SiteSettingKey[] = ['responsiblePerson', 'address', 'phone', 'email'];

/** The responsible office and its contacts (Nghị định 42/2022/NĐ-CP), from the site settings. */
export async function SiteFooter() {
  const settings = await getSiteSettings();
  const hasSample = [settings.officeName, ...FOOTER_KEYS.map((key) => settings[key])].some((s) => s.isSample);

  return (
    <footer className="mt-12 border-t-4 border-brand-800 bg-gray-100 text-sm text-gray-800">
      <div className="mx-auto max-w-6xl px-4 py-8">
        <p className="font-bold">{SITE_FULL_NAME}</p>
        <p>
          Cơ quan chủ quản: <SettingText setting={settings.officeName} />
        </p>
        <dl className="mt-2 grid gap-x-2 sm:grid-cols-[max-content_1fr]">
          {FOOTER_KEYS.map((key) => (
            <div key={key} className="contents">
              <dt className="font-bold">{SITE_SETTING_LABELS[key]}:</dt>
              <dd className="mb-1 sm:mb-0">
                {key === 'email' ? (
                  <>
                    <EmailLink email={settings.email.value} />
                    {settings.email.isSample ? <SampleBadge /> : null}
                  </>
                ) : key === 'phone' ? (
                  <>
                    <PhoneLink phone={settings.phone.value} />
                    {settings.phone.isSample ? <SampleBadge /> : null}
                  </>
                ) : (
                  <SettingText setting={settings[key]} />
                )}
              </dd>
            </div>
          ))}
        </dl>
        {hasSample ? (
          <p className="mt-4 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-amber-900">
            Các thông tin có đánh dấu “Dữ liệu mẫu” chưa được cập nhật và không phải thông tin chính thức.
          </p>
        ) : null}
      </div>
    </footer>
  );
}

function SettingText({ setting }: { setting: { value: string; isSample: boolean } }) {
  return (
    <>
      {setting.value}
      {setting.isSample ? <SampleBadge /> : null}
    </>
  );
}
