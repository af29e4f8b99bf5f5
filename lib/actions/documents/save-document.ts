'use server';

import { documentWriteAction } from './document-write-action';

/** "Lưu" (and the first save of a new document). */
export const saveDocumentAction = documentWriteAction('save');
