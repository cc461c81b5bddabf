// Makes the favicon, touch icon and manifest icons from the square logo's "T" (the wordmark under
// it is unreadable at icon sizes). Run once after changing public/logo-square.png; the outputs are
// committed: node scripts/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const root = path.resolve(import.meta.dirname, '..');
const logo = path.join(root, 'public/logo-square.png');
// The "T" of the 512 px logo, with the red field around it.
const mark = () => sharp(logo).extract({ left: 91, top: 52, width: 330, height: 330 });
const png = (size) => mark().resize(size, size).png({ compressionLevel: 9, palette: true }).toBuffer();
// Icons inside the .ico must be 32-bit RGBA PNGs (Next's build decodes the file and refuses others).
const rgbaPng = (size) => mark().resize(size, size).ensureAlpha().png({ compressionLevel: 9 }).toBuffer();

/** An .ico holding PNG images (understood by every browser since IE 11). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size % 256, entry); // 256 is written as 0
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

const faviconSizes = [16, 32, 48];
const favicon = ico(await Promise.all(faviconSizes.map(async (size) => ({ size, data: await rgbaPng(size) }))));
fs.writeFileSync(path.join(root, 'app/favicon.ico'), favicon);
fs.writeFileSync(path.join(root, 'app/icon.png'), await png(192));
fs.writeFileSync(path.join(root, 'app/apple-icon.png'), await png(180));
fs.writeFileSync(path.join(root, 'public/icon-512.png'), await png(512));
console.log('app/favicon.ico, app/icon.png, app/apple-icon.png, public/icon-512.png');
