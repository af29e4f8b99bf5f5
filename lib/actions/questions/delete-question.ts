'use server';

import { prisma } from '@/lib/db/client';
import { deleteQuestion } from '@/lib/questions/manage-questions';
import { questionIdSchema } from '@/lib/validation/question';
import { editorAction } from '../safe-action';
import { refreshQuestionPages } from './refresh-question-pages';

/** Deletes a question for good, with the asker's details. */
export const deleteQuestionAction = editorAction(
  { name: 'question:delete', schema: questionIdSchema, permission: 'questions:answer', failureMessage: 'Không xóa được câu hỏi. Vui lòng thử lại.' },
  async (input, { user }) => {
    const change = await deleteQuestion(prisma, user, input);
    await refreshQuestionPages(change);
    return { status: change.status };
  },
);
