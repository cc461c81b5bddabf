import { ShareButtons } from './share-buttons';

/** Facebook's own share page for a URL: a plain link, so nothing of Facebook loads until it is clicked. */
export const facebookShareUrl = (url: string) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;

/**
 * Share links under an article. Facebook is a link that works without JavaScript; the phone's
 * own share menu (where Zalo appears) and copying the link need the browser, so they come from a
 * small client component. Zalo's web button would need its script and an Official Account id:
 * no third-party script or request before a reader chooses to share.
 */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <div className="share-links" role="group" aria-label="Chia sẻ bài viết">
      <a href={facebookShareUrl(url)} target="_blank" rel="noopener noreferrer" aria-label="Chia sẻ lên Facebook">
        Facebook
      </a>
      <ShareButtons url={url} title={title} />
    </div>
  );
}
