import { telHref } from '@/lib/text/phone';

/** A phone number readers can tap to call. */
export function PhoneLink({ phone, className = 'text-link underline' }: { phone: string; className?: string }) {
  return (
    <a href={telHref(phone)} className={className}>
      {phone}
    </a>
  );
}

/** An email address that opens the reader's mail program. */
export function EmailLink({ email, className = 'text-link underline' }: { email: string; className?: string }) {
  return (
    <a href={`mailto:${email}`} className={`break-all ${className}`}>
      {email}
    </a>
  );
}
