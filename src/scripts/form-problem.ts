// The error summary with JavaScript, as the page renders it without (src/components/ErrorSummary.astro):
// the reason, a link to each field whose error is showing, "Error:" before the page's title, and the
// focus on the summary so that screen readers announce it.

/** The page's title before any error, to put back once the form is sent. */
let plainTitle: string | undefined;

function fieldLinks(summary: HTMLElement): HTMLLIElement[] {
  const itemTemplate = summary.dataset.itemTemplate ?? '{field}: {message}';
  return [...document.querySelectorAll<HTMLElement>('form .field-error:not([hidden])')].map((error) => {
    const message = error.textContent ?? '';
    const label = error.dataset.summaryLabel;
    const link = document.createElement('a');
    link.href = `#${error.dataset.target ?? error.id.replace(/-error$/, '')}`;
    link.textContent = label ? itemTemplate.replace('{field}', label).replace('{message}', message) : message;
    const item = document.createElement('li');
    item.append(link);
    return item;
  });
}

export function showProblem(id: string, text: string): void {
  const problem = document.getElementById(id);
  const paragraph = problem?.querySelector('[data-problem-text]');
  if (!problem || !paragraph) return;
  paragraph.textContent = text;
  const list = problem.querySelector<HTMLElement>('[data-problem-links]');
  if (list) {
    list.replaceChildren(...fieldLinks(problem));
    list.hidden = list.childElementCount === 0;
  }
  // A summary already showing was rendered by the page, whose title already says "Error:".
  if (plainTitle === undefined && problem.hidden) plainTitle = document.title;
  if (plainTitle !== undefined) document.title = (problem.dataset.titleTemplate ?? '{title}').replace('{title}', plainTitle);
  problem.hidden = false;
  problem.focus();
}

/** Before sending again: no summary, and the page's own title. */
export function hideProblem(id: string): void {
  const problem = document.getElementById(id);
  if (problem) problem.hidden = true;
  if (plainTitle !== undefined) document.title = plainTitle;
}
