// Readers whose keyboard input method is off type Vietnamese as Telex ("quoocs phongf") or VNI
// ("quo6c1 pho2ng"). Both spell the same syllable with extra ASCII keys, so dropping those keys
// gives the folded word. Only words that are not already a syllable and become one are changed.

const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

const TONE_KEYS = /[sfrxjz]/;

function fromTelex(word: string): string | null {
  const shaped = word
    .replace(/dd/g, 'd')
    .replace(/([aeo])\1/g, '$1')
    .replace(/([aou])w/g, '$1')
    .replace(/w/g, 'u');
  // The tone key comes after the vowel: at the end ("phongf") or before the final consonants ("quosc").
  for (let i = shaped.length - 1; i > 0; i--) {
    const ch = shaped.charAt(i);
    if (!TONE_KEYS.test(ch)) continue;
    const candidate = shaped.slice(0, i) + shaped.slice(i + 1);
    if (SYLLABLE.test(candidate)) return candidate;
  }
  return SYLLABLE.test(shaped) ? shaped : null;
}

// VNI: 6 7 8 shape the vowel before them, 9 follows d, 1–5 are tones after a vowel or at the end.
const VNI_KEY = /(?<=[aeiouy])[1-8]|(?<=d)9|[1-5]$/g;

function fromVni(word: string): string | null {
  const stripped = word.replace(VNI_KEY, '');
  return /^[a-z]+$/.test(stripped) && SYLLABLE.test(stripped) ? stripped : null;
}

/** The folded syllable a Telex- or VNI-typed word stands for, or null when it is not one. */
export function untypeVietnamese(foldedWord: string): string | null {
  if (!/^[a-z0-9]+$/.test(foldedWord) || SYLLABLE.test(foldedWord)) return null;
  const result = /\d/.test(foldedWord) ? fromVni(foldedWord) : fromTelex(foldedWord);
  return result && result !== foldedWord ? result : null;
}
