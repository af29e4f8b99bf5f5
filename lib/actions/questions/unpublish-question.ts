'use server';

import { prisma } from '@/lib/db/client';
import { unpublishQuestion } from '@/lib/questions/manage-questions';
import { questionIdSchema } from '@/lib/validation/question';
import { editorAction } from '../safe-action';
import { refreshQuestionPages } from './refresh-question-pages';

/** Takes a question off /hoi-dap; its answer is kept. */
export const unpublishQuestionAction = editorAction(
  { name: 'question:unpublish', schema: questionIdSchema, permission: 'questions:answer', failureMessage: 'Không gỡ được câu hỏi khỏi trang. Vui lòng thử lại.' },
  async (input, { user }) => {
    const change = await unpublishQuestion(prisma, user, input);
    await refreshQuestionPages(change);
    return { status: change.status };
  },
);
