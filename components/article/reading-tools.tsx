'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { CONTRAST_KEY, MAX_TEXT_SIZE, MIN_TEXT_SIZE, readTextSize, TEXT_SIZE_KEY } from '@/lib/reading/preferences';

const CHANGE_EVENT = 'reading-preferences-change';

// The preferences live on <html> (set before the first paint by the head script); React
// reads them from there, and the server renders the defaults.
function subscribe(onChange: () => void) {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}
const preferencesSnapshot = () => {
  const root = document.documentElement;
  return `${readTextSize(root)}|${root.getAttribute('data-contrast') === 'high'}`;
};

function savePreference(key: string, attribute: string, value: string | null) {
  const root = document.documentElement;
  if (value === null) root.removeAttribute(attribute);
  else root.setAttribute(attribute, value);
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // private mode or storage disabled: the choice lasts for this page only
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function vietnameseVoice(): SpeechSynthesisVoice | null {
  return speechSynthesis.getVoices().find((voice) => /^vi\b/i.test(voice.lang.replace('_', '-'))) ?? null;
}

// Long texts are spoken a sentence or so at a time: some browsers stop a long utterance
// after about fifteen seconds.
function speechChunks(text: string): string[] {
  const sentences = text.match(/[^.!?…]+[.!?…]*\s*/g) ?? [text];
  const chunks: string[] = [];
  for (const sentence of sentences) {
    const last = chunks.at(-1);
    if (last !== undefined && last.length + sentence.length < 200) chunks[chunks.length - 1] = last + sentence;
    else chunks.push(sentence);
  }
  return chunks.map((chunk) => chunk.trim()).filter(Boolean);
}

const buttonClass =
  'inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded border border-gray-400 bg-white px-3 text-sm font-bold text-ink hover:bg-gray-100 disabled:cursor-not-allowed disabled:opacity-50';

/**
 * Print, text size, high contrast, read aloud and share, for one article. `contentId` is the
 * element whose text is read aloud; `url` the article's canonical address.
 */
export function ReadingTools({ url, title, contentId }: { url: string; title: string; contentId: string }) {
  const snapshot = useSyncExternalStore(subscribe, preferencesSnapshot, () => '0|false');
  const [size, contrast] = [Number(snapshot.split('|')[0]), snapshot.endsWith('true')];
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [speaking, setSpeaking] = useState(false);
  const [copied, setCopied] = useState(false);
  const copiedTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const pick = () => setVoice(vietnameseVoice());
    pick();
    speechSynthesis.addEventListener('voiceschanged', pick);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', pick);
      speechSynthesis.cancel();
      clearTimeout(copiedTimer.current);
    };
  }, []);

  const setSize = (level: number) =>
    savePreference(TEXT_SIZE_KEY, 'data-text-size', level === 0 ? null : String(Math.max(MIN_TEXT_SIZE, Math.min(MAX_TEXT_SIZE, level))));

  const toggleSpeech = () => {
    if (speaking || !voice) {
      speechSynthesis.cancel();
      setSpeaking(false);
      return;
    }
    const text = `${title}. ${document.getElementById(contentId)?.innerText ?? ''}`;
    const chunks = speechChunks(text);
    chunks.forEach((chunk, index) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      if (index === chunks.length - 1) utterance.onend = () => setSpeaking(false);
      utterance.onerror = () => setSpeaking(false);
      speechSynthesis.speak(utterance);
    });
    setSpeaking(true);
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // no Clipboard API (e.g. an http:// address): the older way
      const field = document.createElement('textarea');
      field.value = url;
      field.setAttribute('readonly', '');
      field.style.position = 'fixed';
      field.style.opacity = '0';
      document.body.append(field);
      field.select();
      document.execCommand('copy');
      field.remove();
    }
    setCopied(true);
    clearTimeout(copiedTimer.current);
    copiedTimer.current = setTimeout(() => setCopied(false), 4000);
  };

  const encodedUrl = encodeURIComponent(url);
  return (
    <div className="reading-tools mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 border-y border-gray-200 py-3">
      <div role="group" aria-label="Công cụ đọc" className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass} onClick={() => window.print()}>
          In bài viết
        </button>
        <button type="button" className={buttonClass} aria-label="Giảm cỡ chữ" disabled={size <= MIN_TEXT_SIZE} onClick={() => setSize(size - 1)}>
          A−
        </button>
        <button type="button" className={buttonClass} aria-label="Cỡ chữ mặc định" aria-pressed={size === 0} onClick={() => setSize(0)}>
          A
        </button>
        <button type="button" className={buttonClass} aria-label="Tăng cỡ chữ" disabled={size >= MAX_TEXT_SIZE} onClick={() => setSize(size + 1)}>
          A+
        </button>
        <button
          type="button"
          className={buttonClass}
          aria-pressed={contrast}
          onClick={() => savePreference(CONTRAST_KEY, 'data-contrast', contrast ? null : 'high')}
        >
          Tương phản cao
        </button>
        {/* Its place is kept while hidden, so that it appearing moves nothing. */}
        <button type="button" className={`${buttonClass} ${voice ? '' : 'invisible'}`} onClick={toggleSpeech}>
          {speaking ? 'Dừng đọc' : 'Nghe bài viết'}
        </button>
      </div>
      <div role="group" aria-label="Chia sẻ" className="flex flex-wrap gap-2">
        <a className={buttonClass} href={`https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}`} target="_blank" rel="noopener noreferrer">
          Facebook<span className="sr-only"> (chia sẻ, mở cửa sổ mới)</span>
        </a>
        <a className={buttonClass} href={`https://sp.zalo.me/share_inline?url=${encodedUrl}`} target="_blank" rel="noopener noreferrer">
          Zalo<span className="sr-only"> (chia sẻ, mở cửa sổ mới)</span>
        </a>
        <button type="button" className={buttonClass} onClick={copyLink}>
          {copied ? 'Đã sao chép' : 'Sao chép liên kết'}
        </button>
        <span className="sr-only" role="status">
          {copied ? 'Đã sao chép liên kết bài viết' : ''}
        </span>
      </div>
    </div>
  );
}
