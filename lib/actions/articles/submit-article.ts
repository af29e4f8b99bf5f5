'use server';

import { articleWriteAction } from './article-write-action';

export const submitArticleAction = articleWriteAction('submit');
