import 'server-only';
import { revalidateSection } from '@/lib/cache/revalidate';
import { countPublishedQuestions } from '@/lib/data/questions';
import type { QuestionChange } from '@/lib/questions/manage-questions';
import { questionListingPaths } from '@/lib/questions/question-pages';

/** After a committed change of what /hoi-dap shows: the page, its numbered pages and the sitemap. */
export async function refreshQuestionPages(change: QuestionChange): Promise<void> {
  if (!change.publicChanged) return;
  revalidateSection('hoi-dap', questionListingPaths(await countPublishedQuestions()));
}
