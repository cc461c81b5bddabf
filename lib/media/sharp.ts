import sharp from 'sharp';

// Every photo is processed once (uploads, crops), so libvips' cache of recent operations only
// holds memory. One libvips thread per image: the processing slots already run two at a time
// on our two cores, and more threads mostly fragment the heap (sharp's own advice on glibc).
sharp.cache(false);
sharp.concurrency(1);

export default sharp;
