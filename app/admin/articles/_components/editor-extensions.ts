import StarterKit from '@tiptap/starter-kit';
import { safeLink } from '@/lib/security/safe-link';
import { CleanPaste } from './clean-paste';
import { blockExtensions } from './block-nodes';
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
      // Tiptap makes the link mark inclusive exactly when autolink is on, so a full stop typed
      // right after a link joined it. Pasted URLs still become links (linkOnPaste), and the
      // toolbar's link button makes any other.
      autolink: false,
      protocols: ['mailto', 'tel'],
      defaultProtocol: 'https',
      isAllowedUri: (url) => safeLink(url) !== null,
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    },
  }),
  FigureNode,
  ...blockExtensions,
  CleanPaste,
];
