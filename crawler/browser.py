"""Chromium through Playwright: what rendered pages may load, and when a page is done.

Waiting for Playwright's ``networkidle`` costs every page at least 500 ms of silence, and a
fixed number of scroll rounds costs more. Instead the page is instrumented before its own
scripts run (:data:`WATCH_SCRIPT`): it counts fetch/XHR requests in flight and notes the last DOM
change. :data:`GROW_SCRIPT` then waits until nothing is in flight and the DOM has been still for
a short quiet window, clicks "load more" and scrolls while that makes the page grow, and stops
when a round changes nothing (on a page with an intersection observer, once a nudge that brings
its sentinel back into view has changed nothing either).
"""

from __future__ import annotations

_HEAVY = {"image", "font", "media"}

QUIET_MS = 300  # DOM still and no request in flight for this long: the page has settled
SETTLE_CAP_MS = 10_000  # one wait never longer than this (a request that hangs, a ticker)

WATCH_SCRIPT = """
(() => {
  if (window.__precedentWatch) return;
  let pending = 0, last = Date.now();
  const touch = () => { last = Date.now(); };
  window.__precedentWatch = { pending: () => pending, quietFor: () => Date.now() - last };
  const realFetch = window.fetch;
  if (realFetch) {
    window.fetch = function (...args) {
      pending++; touch();
      return realFetch.apply(this, args).finally(() => { pending--; touch(); });
    };
  }
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {
    pending++; touch();
    this.addEventListener('loadend', () => { pending--; touch(); });
    return send.apply(this, args);
  };
  new MutationObserver(touch).observe(document,
    { subtree: true, childList: true, characterData: true, attributes: true });
  // Count the page's intersection observers: a feed that loads on one may need a nudge.
  let observers = 0;
  const RealObserver = window.IntersectionObserver;
  if (RealObserver) {
    window.IntersectionObserver = class extends RealObserver {
      constructor(...args) { super(...args); observers++; }
    };
  }
  window.__precedentWatch.observers = () => observers;
})();
"""

GROW_SCRIPT = """
async () => {
  const QUIET = QUIET_MS, CAP = SETTLE_CAP_MS;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const watch = window.__precedentWatch;
  const settle = async () => {
    const start = Date.now();
    await sleep(50);
    while (Date.now() - start < CAP) {
      if (!watch) { await sleep(QUIET); return; }
      if (watch.pending() === 0 && watch.quietFor() >= QUIET) return;
      await sleep(50);
    }
  };
  const size = () => (document.body ? document.body.innerText.length : 0);
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  // A feed's sentinel that never leaves the view (a short page, or a scroll that came while the
  // feed was busy) is never reported again: push everything out of view for two frames and
  // bring it back, so each intersection observer sees it come in.
  const nudge = async () => {
    const spacer = document.createElement('div');
    spacer.style.height = (2 * window.innerHeight + 100) + 'px';
    window.scrollTo(0, 0);
    document.body.prepend(spacer);
    await frames();
    spacer.remove();
    window.scrollTo(0, document.body.scrollHeight);
    await settle();
  };
  const observed = () => Boolean(watch && watch.observers && watch.observers() > 0);
  // "Load more", "Show all", "Load next 8", "Show 10 more", "More residents"; a link that goes
  // to another address is left to the crawl (clicking it would leave the page being read).
  const more = (text) =>
    /^\\s*(load|show|see|view|display)\\s+(more|all|next)\\b/i.test(text) ||
    /^\\s*(load|show|see|view)\\s+\\d+\\s+more\\b|^\\s*more\\s+residents?\\b/i.test(text);
  const stays = (b) => b.tagName !== 'A' || /^(#|javascript:|$)/i.test(b.getAttribute('href') || '');
  await settle();
  let last = size();
  for (let round = 0; round < 60; round++) {
    const button = [...document.querySelectorAll('button, a, [role=button]')].find(
      (b) => more(b.innerText || '') && stays(b) && !b.disabled && b.offsetParent !== null);
    if (button) { button.click(); }
    window.scrollTo(0, document.body ? document.body.scrollHeight : 0);
    await settle();
    if (size() === last) {
      if (button) await settle();
      else if (observed() && document.body) await nudge();
      if (size() === last) break;
    }
    last = size();
  }
  return last;
}
""".replace("QUIET_MS", str(QUIET_MS)).replace("SETTLE_CAP_MS", str(SETTLE_CAP_MS))


def abort_heavy_request(request) -> bool:
    """Block images, fonts and media: a roster needs its text, never photos."""
    return request.resource_type in _HEAVY


async def watch_page(page, request) -> None:
    """scrapy-playwright page-init callback: instrument the page before its scripts run."""
    await page.add_init_script(WATCH_SCRIPT)
