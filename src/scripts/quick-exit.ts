// Progressive enhancement for the quick-exit link: replace history and listen for Shift x3.
const SHIFT_PRESSES = 3;
const WITHIN_MS = 1200;

function leave(url: string): void {
  window.location.replace(url);
}

const link = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
if (link) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave(link.href);
  });
  let presses: number[] = [];
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) {
      presses = [];
      return;
    }
    const now = event.timeStamp;
    presses = [...presses.filter((time) => now - time < WITHIN_MS), now];
    if (presses.length >= SHIFT_PRESSES) leave(link.href);
  });
}

export {};
