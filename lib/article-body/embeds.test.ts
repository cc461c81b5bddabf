import { describe, expect, it } from 'vitest';
import { EMBED_FRAME_ORIGINS, parseEmbedUrl } from './embeds';

describe('parseEmbedUrl', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42', 'youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1'],
    ['youtu.be/dQw4w9WgXcQ', 'youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1'],
    ['https://m.youtube.com/shorts/abcDEF12345', 'youtube', 'https://www.youtube.com/watch?v=abcDEF12345', 'https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1'],
    ['https://www.facebook.com/baoquandoinhandan/posts/pfbid02abc', 'facebook', 'https://www.facebook.com/baoquandoinhandan/posts/pfbid02abc', 'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fbaoquandoinhandan%2Fposts%2Fpfbid02abc&show_text=true'],
    ['https://www.facebook.com/vtv24/videos/1234567890', 'facebook', 'https://www.facebook.com/vtv24/videos/1234567890', 'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fvtv24%2Fvideos%2F1234567890&show_text=true'],
    ['https://www.tiktok.com/@vtv24news/video/7301234567890123456?lang=vi', 'tiktok', 'https://www.tiktok.com/@vtv24news/video/7301234567890123456', 'https://www.tiktok.com/embed/v2/7301234567890123456'],
    ['https://twitter.com/VietnamPlus/status/1790000000000000000', 'x', 'https://x.com/VietnamPlus/status/1790000000000000000', 'https://platform.twitter.com/embed/Tweet.html?id=1790000000000000000&dnt=true'],
    ['https://www.google.com/maps/place/H%E1%BB%93+Ho%C3%A0n+Ki%E1%BA%BFm/@21.0287,105.8523,17z', 'google-maps', 'https://www.google.com/maps?q=H%E1%BB%93%20Ho%C3%A0n%20Ki%E1%BA%BFm', 'https://www.google.com/maps?q=H%E1%BB%93%20Ho%C3%A0n%20Ki%E1%BA%BFm&output=embed'],
    ['https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3724', 'google-maps', 'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3724', 'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3724'],
  ])('reads %s as %s, normalised, with a frame on that platform only', (raw, provider, url, frameSrc) => {
    const embed = parseEmbedUrl(raw);
    expect(embed).toMatchObject({ provider, url, frameSrc });
    expect(new URL(embed!.frameSrc).origin).toBe(EMBED_FRAME_ORIGINS[embed!.provider]);
    // What is stored parses to itself: saving twice changes nothing.
    expect(parseEmbedUrl(url)).toEqual(embed);
  });

  it.each([
    'https://evil.example/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/watch?v=<script>',
    'javascript:alert(1)//youtube.com/watch?v=x',
    'https://user:pw@www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ',
    'https://fb.watch/abc123/',
    'https://maps.app.goo.gl/xyz',
    'https://www.google.com/maps/place/%3Cimg%20src%3Dx%3E',
    'https://www.google.com/search?q=maps',
    'https://www.tiktok.com/@user/photo/123',
    'https://x.com/home',
    '',
  ])('refuses %s', (raw) => {
    expect(parseEmbedUrl(raw)).toBeNull();
  });
});
