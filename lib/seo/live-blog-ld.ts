import type { ArticleBody } from '@/lib/article-body/schema';
import { bodyToPlainText } from '@/lib/article-body/text';
import { w3cDateTime } from '@/lib/vi/time';
import type { JsonLd } from './json-ld';

/** How long Google is told an open live blog runs past its last activity (it requires an end time). */
const OPEN_COVERAGE_MS = 24 * 60 * 60_000;
/** The updates Google reads: the newest page of posts. */
const UPDATES = 20;

/** What a live post's feed item and structured data are made from (lib/data's LivePost has it). */
export type LivePostInput = { id: number; title: string | null; body: ArticleBody; publishedAt: string; updatedAt: string; author: string | null };

/** A post's plain text, and its headline: its title, else its first line, else the page's headline (feeds and structured data alike). */
export function livePostText(post: LivePostInput, pageHeadline: string): { headline: string; text: string } {
  const text = bodyToPlainText(post.body);
  return { headline: post.title || text.split('\n')[0] || pageHeadline, text };
}

/**
 * LiveBlogPosting as Google reads live blogs: coverageStartTime, coverageEndTime (the real end,
 * or a day past the latest activity while open) and the recent posts as BlogPosting with
 * headline, datePublished and articleBody.
 */
export function liveBlogPostingLd(input: { url: string; headline: string; description: string; live: { startedAt: string; endedAt: string | null; posts: LivePostInput[] } }): JsonLd {
  const { live } = input;
  const latest = Math.max(Date.parse(live.startedAt), ...live.posts.map((post) => Date.parse(post.publishedAt)));
  const end = live.endedAt ? new Date(live.endedAt) : new Date(latest + OPEN_COVERAGE_MS);
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    '@id': `${input.url}#live`,
    url: input.url,
    headline: input.headline.slice(0, 110),
    ...(input.description ? { description: input.description } : {}),
    inLanguage: 'vi',
    coverageStartTime: w3cDateTime(new Date(live.startedAt)),
    coverageEndTime: w3cDateTime(end),
    liveBlogUpdate: live.posts.slice(0, UPDATES).map((post) => {
      const { headline, text } = livePostText(post, input.headline);
      return {
        '@type': 'BlogPosting',
        url: `${input.url}#post-${post.id}`,
        headline: headline.slice(0, 110),
        datePublished: w3cDateTime(new Date(post.publishedAt)),
        ...(post.updatedAt !== post.publishedAt ? { dateModified: w3cDateTime(new Date(post.updatedAt)) } : {}),
        articleBody: text,
        ...(post.author ? { author: { '@type': 'Person', name: post.author } } : {}),
      };
    }),
  };
}
