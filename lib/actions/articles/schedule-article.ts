'use server';

import { articleWriteAction } from './article-write-action';

export const scheduleArticleAction = articleWriteAction('schedule');
