'use server';

import { documentWriteAction } from './document-write-action';

/** "Gỡ khỏi trang": saves the form and takes the document out of the public registry (back to draft). */
export const unpublishDocumentAction = documentWriteAction('unpublish');
