import { contactKind } from '@/lib/validation/question';

/** The asker's email or phone, as a link an editor can use at once. Editors only. */
export function QuestionContact({ contact }: { contact: string }) {
  if (!contact) return <span>(không có)</span>;
  const kind = contactKind(contact);
  const href = kind === 'email' ? `mailto:${contact}` : kind === 'phone' ? `tel:${contact.replace(/[^\d+]/g, '')}` : null;
  return href ? (
    <a href={href} className="text-link underline underline-offset-2">
      {contact}
    </a>
  ) : (
    <span>{contact}</span>
  );
}
