'use server';

import { prisma } from '@/lib/db/client';
import { publishQuestion } from '@/lib/questions/manage-questions';
import { questionIdSchema } from '@/lib/validation/question';
import { editorAction } from '../safe-action';
import { refreshQuestionPages } from './refresh-question-pages';

/** Puts an answered question on /hoi-dap. */
export const publishQuestionAction = editorAction(
  { name: 'question:publish', schema: questionIdSchema, permission: 'questions:answer', failureMessage: 'Không công khai được câu hỏi. Vui lòng thử lại.' },
  async (input, { user }) => {
    const change = await publishQuestion(prisma, user, input);
    await refreshQuestionPages(change);
    return { status: change.status };
  },
);
