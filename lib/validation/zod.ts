import { z } from 'zod';

// Every message zod writes on its own (a field we did not word ourselves) is Vietnamese.
z.config(z.locales.vi());

export { z };

/** zod's issues as one Vietnamese message per field ("title" → "Vui lòng nhập tiêu đề."). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '_form';
    errors[field] ??= issue.message;
  }
  return errors;
}

/** A FormData as a plain object for a schema: repeated names become arrays, files stay files. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = form.getAll(key);
    result[key] = values.length === 1 ? values[0] : values;
  }
  return result;
}
