'use server';

import { articleWriteAction } from './article-write-action';

export const publishArticleAction = articleWriteAction('publish');
