/** The pages' status line: a `role="status"` element whose new text screen readers announce. */

/** Shows `message` in the page's status element (`#status` unless told), announced again even when repeated. */
export function announce(message: string, doc: Document = document, id = 'status'): void {
  const status = doc.getElementById(id);
  if (!status) return;
  status.textContent = '';
  // A fresh text node on the next frame makes screen readers announce a repeated message again.
  requestAnimationFrame(() => (status.textContent = message));
}
