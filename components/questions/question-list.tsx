import { HighlightedText } from '@/components/search/highlighted-text';
import { DateTime } from '@/components/ui/date-time';
import { SampleBadge } from '@/components/ui/sample-badge';
import type { PublicQuestion } from '@/lib/data/questions';
import { QUESTION_KIND_LABELS } from '@/lib/domain/questions';
import { excerpt } from '@/lib/html/excerpt';
import { highlightMatches } from '@/lib/search/highlight';

/** Longest question shown whole as its item's heading; longer ones get a shortened heading. */
const HEADING_LENGTH = 160;

/**
 * Published questions with their answers. The asker appears by their shortened name; the
 * answer is the office's (`answeredBy`), not an editor's own. `terms` highlights search matches.
 */
export function QuestionList({
  questions,
  answeredBy,
  headingLevel = 'h3',
  terms = [],
  emptyText,
}: {
  questions: PublicQuestion[];
  answeredBy: string;
  headingLevel?: 'h2' | 'h3';
  terms?: string[];
  emptyText: string;
}) {
  if (questions.length === 0) return emptyText ? <p className="mt-4 text-gray-800">{emptyText}</p> : null;
  const Heading = headingLevel;
  const text = (value: string) => (terms.length ? <HighlightedText segments={highlightMatches(value, terms)} /> : value);
  return (
    <ol className="mt-4 divide-y divide-gray-200 border-y border-gray-200">
      {questions.map((question) => {
        const heading = question.subject || excerpt(question.content, HEADING_LENGTH);
        const showContent = heading !== question.content;
        return (
          <li key={question.id} id={`cau-hoi-${question.id}`} className="py-6">
            <article aria-labelledby={`cau-hoi-${question.id}-tieu-de`}>
              <p className="flex flex-wrap items-center gap-x-2 text-sm text-gray-700">
                <span className="rounded bg-gray-100 px-1.5 font-bold text-gray-800">{QUESTION_KIND_LABELS[question.kind]}</span>
                <span>
                  {question.askerName} · <DateTime date={question.askedAt} />
                </span>
                {question.isSample ? <SampleBadge /> : null}
              </p>
              <Heading id={`cau-hoi-${question.id}-tieu-de`} className="mt-2 text-lg font-bold leading-snug text-brand-900">
                {question.subject && question.kind === 'comment' ? 'Góp ý: ' : null}
                {text(heading)}
              </Heading>
              {showContent ? <p className="mt-2 whitespace-pre-line">{text(question.content)}</p> : null}
              <div className="mt-4 border-l-4 border-brand-700 bg-brand-50 px-4 py-3">
                <p className="text-sm text-gray-800">
                  <span className="font-bold">Trả lời</span> của {answeredBy} · <DateTime date={question.answeredAt} />
                </p>
                <div className="article-body mt-2" dangerouslySetInnerHTML={{ __html: question.answerHtml }} />
              </div>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
