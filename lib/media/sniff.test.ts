import { describe, expect, it } from 'vitest';
import { containsMarkup, sniffImageType } from './sniff';
import { makeImage, withJpegComment } from './test-images';

const text = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('sniffImageType', () => {
  it('recognises JPEG, PNG, WebP and AVIF by their magic bytes', async () => {
    expect(sniffImageType(await makeImage('jpeg'))).toBe('image/jpeg');
    expect(sniffImageType(await makeImage('png'))).toBe('image/png');
    expect(sniffImageType(await makeImage('webp'))).toBe('image/webp');
    expect(sniffImageType(await makeImage('avif'))).toBe('image/avif');
  });

  it('refuses GIF, HTML, SVG, HEIC and empty input', async () => {
    expect(sniffImageType(await makeImage('gif'))).toBeNull();
    expect(sniffImageType(text('<!DOCTYPE html><html><script>alert(1)</script>'))).toBeNull();
    expect(sniffImageType(text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffImageType(text('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic'))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });

  it('finds the avif brand among compatible brands', () => {
    expect(sniffImageType(text('\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1avifmiaf'))).toBe('image/avif');
  });
});

describe('containsMarkup', () => {
  it('flags HTML and SVG documents, even after leading whitespace or a BOM', () => {
    expect(containsMarkup(text('  \n<HTML><body>x</body></HTML>'))).toBe(true);
    expect(containsMarkup(text('\xef\xbb\xbf<?xml version="1.0"?><svg/>'))).toBe(true);
  });

  it('flags an image carrying markup: a JPEG with HTML in its comment segment', async () => {
    const polyglot = withJpegComment(await makeImage('jpeg'), '<html><script>alert(document.cookie)</script>');
    expect(sniffImageType(polyglot)).toBe('image/jpeg');
    expect(containsMarkup(polyglot)).toBe(true);
  });

  it('flags script hidden past the head of the file', async () => {
    const jpeg = await makeImage('jpeg');
    const tail = Buffer.concat([jpeg, Buffer.alloc(8192), Buffer.from('<ScRiPt src=//evil>')]);
    expect(containsMarkup(tail)).toBe(true);
  });

  it('passes a photo whose XMP metadata is XML', async () => {
    const xmp =
      '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><?xml version="1.0"?><x:xmpmeta xmlns:x="adobe:ns:meta/">' +
      '<rdf:RDF><rdf:Description photoshop:Headline="Hội nghị" photoshop:Credit="TTXVN"/></rdf:RDF></x:xmpmeta>';
    expect(containsMarkup(withJpegComment(await makeImage('jpeg'), xmp))).toBe(false);
  });

  it('passes ordinary images', async () => {
    for (const format of ['jpeg', 'png', 'webp', 'avif'] as const) {
      expect(containsMarkup(await makeImage(format, 400, 300))).toBe(false);
    }
  });
});
