// Shows the summary of why a form was not sent, and moves focus to it so screen readers announce it.
export function showProblem(id: string, text: string): void {
  const problem = document.getElementById(id);
  const paragraph = problem?.querySelector('[data-problem-text]');
  if (!problem || !paragraph) return;
  paragraph.textContent = text;
  problem.hidden = false;
  problem.focus();
}
