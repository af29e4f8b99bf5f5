'use client';

import Link from 'next/link';
import { startTransition, useEffect, useId, useOptimistic, useRef, useState, type KeyboardEvent } from 'react';
import { rateArticleAction } from '@/lib/actions/ratings/rate-article';
import {
  STAR_CHOICES,
  applyVote,
  ratingSummaryText,
  type RateArticleResult,
  type RatingSnapshot,
  type RatingSummary,
} from '@/lib/ratings/rating-summary';

type Notice = { tone: 'success' | 'error'; text: string };

/** Arrow keys move through the stars: the vote is sent once the reader stops on one. */
const KEYBOARD_SETTLE_MS = 700;

const NETWORK_ERROR = 'Không gửi được đánh giá. Vui lòng kiểm tra kết nối mạng và thử lại.';

/**
 * Readers' 1–5 star rating under an article. The page is a cached static page, so the figures
 * it was rendered with may be a few seconds old: the widget asks for the current ones (and
 * the reader's own vote, known from the httpOnly cookie) when it loads. A vote shows at once
 * and is then confirmed, or rolled back with the reason, in a live region. Without JavaScript
 * the same form posts to /api/danh-gia.
 */
export function StarRating({ articleId, initialSummary }: { articleId: string; initialSummary: RatingSummary }) {
  const [snapshot, setSnapshot] = useState<RatingSnapshot>({ summary: initialSummary, myStars: null });
  const [shown, showVote] = useOptimistic(snapshot, (current, stars: number) => ({
    summary: applyVote(current.summary, current.myStars, stars),
    myStars: stars,
  }));
  // A star reached with the arrow keys, not yet sent.
  const [browsing, setBrowsing] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const hasVoted = useRef(false);
  const arrowKeyDown = useRef(false);
  const settleTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const honeypot = useRef<HTMLInputElement>(null);
  const summaryId = useId();

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/danh-gia?bai=${encodeURIComponent(articleId)}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<RatingSnapshot>) : null))
      .then((fresh) => {
        if (fresh && !hasVoted.current) setSnapshot(fresh);
      })
      // Offline or failed: the figures rendered with the page stay.
      .catch(() => {});
    return () => {
      controller.abort();
      clearTimeout(settleTimer.current);
    };
  }, [articleId]);

  function vote(stars: number) {
    clearTimeout(settleTimer.current);
    setBrowsing(null);
    hasVoted.current = true;
    startTransition(async () => {
      showVote(stars);
      let result: RateArticleResult;
      try {
        result = await rateArticleAction({ articleId, stars, website: honeypot.current?.value ?? '' });
      } catch {
        result = { ok: false, message: NETWORK_ERROR };
      }
      // When the transition ends the optimistic vote gives way to this state: the confirmed
      // vote, or the previous one (the rollback).
      startTransition(() => {
        if (result.ok) setSnapshot({ summary: result.summary, myStars: result.myStars });
        setNotice(result.ok ? { tone: 'success', text: result.message } : { tone: 'error', text: `Đánh giá chưa được ghi nhận. ${result.message}` });
      });
    });
  }

  function choose(stars: number) {
    if (!arrowKeyDown.current) return vote(stars);
    arrowKeyDown.current = false;
    setBrowsing(stars);
    clearTimeout(settleTimer.current);
    settleTimer.current = setTimeout(() => vote(stars), KEYBOARD_SETTLE_MS);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    arrowKeyDown.current = event.key.startsWith('Arrow');
    const target = event.target as HTMLInputElement;
    if (event.key === 'Enter' && target.type === 'radio') {
      event.preventDefault();
      vote(Number(target.value));
    }
  }

  const selected = browsing ?? shown.myStars;

  return (
    <form id="danh-gia" action="/api/danh-gia" method="post" onSubmit={(event) => event.preventDefault()} className="mt-10 border-t border-gray-200 pt-6">
      <fieldset aria-describedby={summaryId} onKeyDown={onKeyDown} onPointerDown={() => (arrowKeyDown.current = false)}>
        <legend className="text-lg font-bold text-brand-900">Đánh giá</legend>
        <p id={summaryId} className="mt-1 text-gray-800">
          {ratingSummaryText(shown.summary)}
        </p>
        <div className="mt-2 flex flex-wrap gap-1">
          {STAR_CHOICES.map((stars) => (
            <label
              key={stars}
              className="relative inline-flex size-11 items-center justify-center rounded hover:bg-brand-50 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-amber-500"
            >
              <input
                type="radio"
                name="stars"
                value={stars}
                checked={selected === stars}
                onChange={() => choose(stars)}
                // Transparent over the whole star: the input itself takes the click or tap,
                // and its focus shows as the ring around the star (has-focus-visible above).
                className="absolute inset-0 m-0 size-full cursor-pointer appearance-none opacity-0"
              />
              <svg aria-hidden="true" viewBox="0 0 24 24" className="size-8" strokeWidth="1.5" strokeLinejoin="round">
                <path
                  d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3-4.6-4.4 6.3-.9z"
                  className={selected !== null && stars <= selected ? 'fill-amber-600 stroke-amber-700' : 'fill-none stroke-gray-600'}
                />
              </svg>
              <span className="sr-only">{stars} sao</span>
            </label>
          ))}
        </div>
        {shown.myStars !== null ? (
          <p className="mt-1 text-sm text-gray-700">Bạn đã chọn {shown.myStars} sao; chọn số sao khác để đổi.</p>
        ) : null}
      </fieldset>
      <input type="hidden" name="articleId" value={articleId} />
      {/* Honeypot: hidden from people and assistive technology; bots fill in every field. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label>
          Trang web
          <input ref={honeypot} type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <noscript>
        <button type="submit" className="mt-2 min-h-11 rounded bg-brand-800 px-4 py-2 font-bold text-white">
          Gửi đánh giá
        </button>
      </noscript>
      <p role="status" className={`mt-2 min-h-6 ${notice?.tone === 'error' ? 'text-red-800' : 'text-green-800'}`}>
        {notice?.text}
      </p>
      <p className="mt-1 text-sm">
        <Link href="/danh-gia/quyen-rieng-tu" className="text-link underline underline-offset-2">
          Đánh giá lưu những thông tin gì?
        </Link>
      </p>
    </form>
  );
}
