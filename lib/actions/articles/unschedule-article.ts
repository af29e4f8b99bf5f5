'use server';

import { articleWriteAction } from './article-write-action';

export const unscheduleArticleAction = articleWriteAction('unschedule');
