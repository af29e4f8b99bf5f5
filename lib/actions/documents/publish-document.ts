'use server';

import { documentWriteAction } from './document-write-action';

/** "Công bố": saves the form and puts the document in the public registry. */
export const publishDocumentAction = documentWriteAction('publish');
