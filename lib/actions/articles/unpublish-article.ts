'use server';

import { articleWriteAction } from './article-write-action';

export const unpublishArticleAction = articleWriteAction('unpublish');
