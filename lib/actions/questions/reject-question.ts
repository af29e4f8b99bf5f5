'use server';

import { prisma } from '@/lib/db/client';
import { rejectQuestion } from '@/lib/questions/manage-questions';
import { questionIdSchema } from '@/lib/validation/question';
import { editorAction } from '../safe-action';
import { refreshQuestionPages } from './refresh-question-pages';

/** Declines a question; it is never shown publicly. */
export const rejectQuestionAction = editorAction(
  { name: 'question:reject', schema: questionIdSchema, permission: 'questions:answer', failureMessage: 'Không từ chối được câu hỏi. Vui lòng thử lại.' },
  async (input, { user }) => {
    const change = await rejectQuestion(prisma, user, input);
    await refreshQuestionPages(change);
    return { status: change.status };
  },
);
