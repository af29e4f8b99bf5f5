'use server';

import { prisma } from '@/lib/db/client';
import { saveQuestionAnswer } from '@/lib/questions/manage-questions';
import { questionAnswerSchema } from '@/lib/validation/question';
import { editorAction } from '../safe-action';
import { refreshQuestionPages } from './refresh-question-pages';

/** Saves the shown question text and the answer; with `publish`, puts them on /hoi-dap. */
export const saveQuestionAnswerAction = editorAction(
  {
    name: 'question:answer',
    schema: questionAnswerSchema,
    permission: 'questions:answer',
    failureMessage: 'Không lưu được câu trả lời. Vui lòng thử lại; nội dung đang soạn vẫn còn trên trang.',
  },
  async (input, { user }) => {
    const change = await saveQuestionAnswer(prisma, user, input);
    await refreshQuestionPages(change);
    return { status: change.status };
  },
);
