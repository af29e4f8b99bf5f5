'use server';

import { articleWriteAction } from './article-write-action';

export const autosaveArticleAction = articleWriteAction('autosave');
