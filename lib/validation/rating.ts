import { z } from 'zod';
import { MAX_STARS, MIN_STARS } from '@/lib/ratings/rating-summary';

export const STARS_MESSAGE = `Số sao phải là một số nguyên từ ${MIN_STARS} đến ${MAX_STARS}.`;
export const ARTICLE_ID_MESSAGE = 'Không rõ bài viết cần đánh giá.';

/** Article ids are cuids (and short fixed ids in tests): never anything else. */
export const articleIdSchema = z.string({ error: ARTICLE_ID_MESSAGE }).regex(/^[A-Za-z0-9_-]{1,64}$/, ARTICLE_ID_MESSAGE);

/**
 * One vote, as the widget's server action and the POST route receive it. `website` is the
 * honeypot: a field people never see, so anything in it comes from a bot.
 */
export const voteSchema = z.object({
  articleId: articleIdSchema,
  stars: z.number({ error: STARS_MESSAGE }).int(STARS_MESSAGE).min(MIN_STARS, STARS_MESSAGE).max(MAX_STARS, STARS_MESSAGE),
  website: z.string().max(500).optional().default(''),
});

export type VoteInput = z.infer<typeof voteSchema>;

/**
 * A form post carries text: "4" becomes 4, anything else stays text and fails the schema
 * (so "2.5", "4abc" and "" are refused, not rounded).
 */
export function voteFromForm(form: URLSearchParams): Record<string, unknown> {
  const stars = form.get('stars');
  return {
    articleId: form.get('articleId') ?? undefined,
    stars: stars !== null && /^\d{1,2}$/.test(stars) ? Number(stars) : (stars ?? undefined),
    website: form.get('website') ?? undefined,
  };
}
