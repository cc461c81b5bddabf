import StarterKit from '@tiptap/starter-kit';
import { isSafeHref } from '@/lib/article-body/schema';
import { FigureNode } from './figure-node';

// Only what lib/article-body/schema.ts allows: anything pasted that these extensions do not
// know is dropped by ProseMirror's schema before it reaches the document.
export const articleExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ['mailto'],
      defaultProtocol: 'https',
      isAllowedUri: (url) => isSafeHref(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    },
  }),
  FigureNode,
];
