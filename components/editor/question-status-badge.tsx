import { QUESTION_STATUS_LABELS, type QuestionStatus } from '@/lib/domain/questions';

const COLOURS: Record<QuestionStatus, string> = {
  new: 'bg-amber-100 text-amber-950',
  answered: 'bg-sky-100 text-sky-950',
  published: 'bg-green-100 text-green-900',
  rejected: 'bg-red-100 text-red-900',
};

export function QuestionStatusBadge({ status }: { status: QuestionStatus }) {
  return <span className={`status-badge ${COLOURS[status]}`}>{QUESTION_STATUS_LABELS[status]}</span>;
}
