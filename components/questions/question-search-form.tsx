import { QUESTION_SEARCH_PATH } from '@/lib/questions/question-pages';

/** A plain GET form to the questions' search page: works without JavaScript, adds none. */
export function QuestionSearchForm({ defaultValue }: { defaultValue?: string }) {
  return (
    <form role="search" aria-label="Tìm trong hỏi đáp" action={QUESTION_SEARCH_PATH} method="get" className="flex w-full min-w-0 gap-2">
      <label htmlFor="tim-hoi-dap" className="sr-only">
        Từ khóa tìm trong hỏi đáp
      </label>
      <input
        id="tim-hoi-dap"
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Tìm câu hỏi, câu trả lời…"
        maxLength={200}
        autoComplete="off"
        enterKeyHint="search"
        className="min-h-11 w-full min-w-0 flex-1 rounded border border-gray-500 bg-white px-3 text-base text-ink placeholder:text-gray-600"
      />
      <button type="submit" className="min-h-11 shrink-0 rounded bg-brand-800 px-4 font-bold text-white hover:bg-brand-900">
        Tìm
      </button>
    </form>
  );
}
