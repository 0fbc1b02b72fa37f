/** The element's width in its own em: whether filters fit beside a list is a question of text size, not pixels. */
export function widthInEm(element: HTMLElement): number {
  return element.getBoundingClientRect().width / (parseFloat(getComputedStyle(element).fontSize) || 16);
}
