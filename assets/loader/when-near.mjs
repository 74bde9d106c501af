// When to fetch the wasm: only once a widget nears the viewport, so a widget far down a long
// article costs the page nothing until the reader heads its way, and then only once its loading
// summary is on screen, so the download never counts as something the page's largest paint
// waited for.
import { afterPaint } from './summary.mjs';

let nearby; // watches waiting elements until one comes near the viewport
let since; // when the first widget's loading summary was drawn
let awaitingScreen = false; // a near widget's summary is waited for, then `load`
let load;

/** `host` waits for the wasm; `start` fetches it (called once, for the first near widget). */
export function loadWhenNear(host, start) {
  since ??= performance.now();
  load ??= () => {
    nearby?.disconnect();
    nearby = undefined;
    start();
  };
  // Near the viewport (the common case of a widget in the first screens), the observer reports
  // with the frame that draws the summary; asking the element where it is would lay the page
  // out at once, in the loader's first task, which would then be a long one on a slow phone.
  // One wait for the summary's paint serves every widget of the page.
  const near = () => {
    if (!awaitingScreen) afterOnScreen(load);
    awaitingScreen = true;
  };
  if (!('IntersectionObserver' in window)) return near();
  nearby ??= new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && near(), {
    rootMargin: '100% 0px',
  });
  nearby.observe(host);
}

/** `host` no longer waits (removed from the page). */
export function stopWatching(host) {
  nearby?.unobserve(host);
}

// Runs `fn` once what was just drawn is on screen. The summary is often the page's largest
// paint, and Lighthouse counts every download that ended before that paint reached the screen
// as something the paint waited for; the browser says when it is on screen by reporting it as
// the largest paint so far. A summary that is not the page's largest is never reported: then
// 100 ms after its frame (counting frames is no clock: a headless browser draws them back to
// back, long before they are shown).
function afterOnScreen(fn) {
  let observer;
  const run = () => {
    if (!observer) return;
    observer.disconnect();
    observer = undefined;
    fn();
  };
  try {
    // Asked for where it is unknown (Safari), the browser would warn in the page's console.
    if (PerformanceObserver.supportedEntryTypes.includes('largest-contentful-paint')) {
      // A paint inside a shadow root is reported without its element; the page's own come with theirs.
      const ours = (e) => e.startTime >= since && !e.element;
      observer = new PerformanceObserver((list) => list.getEntries().some(ours) && run());
      // Buffered: the summary may have been painted before the observer reported it near.
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
    }
  } catch {
    // A page's own PerformanceObserver that throws: as if there were none.
  }
  if (observer) requestAnimationFrame(() => setTimeout(run, 100));
  else afterPaint(fn);
}
