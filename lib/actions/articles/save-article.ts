'use server';

import { articleWriteAction } from './article-write-action';

export const saveArticleAction = articleWriteAction('save');
