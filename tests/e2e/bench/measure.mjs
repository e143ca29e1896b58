// What the benchmark's area figures share: a median with its spread, and the time from a
// click until the page shows what it should.
export const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], runs: s.length };
};
export const RUNS = 7;

/** Clicks what `selector` finds and resolves with the ms until `done()` holds, checked at each DOM change. */
export const timedClick = (page, selector, done) =>
  page.evaluate(
    ([selector, done]) =>
      new Promise((resolve, reject) => {
        const ready = new Function(`return (${done})()`);
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (ready()) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => reject(new Error(`not drawn: ${done}`)), 30_000);
        document.querySelector(selector).click();
      }),
    [selector, done.toString()],
  );

