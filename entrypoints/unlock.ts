/**
 * "Unlock this page": injected by the popup into the page's own JavaScript
 * world (`world: 'MAIN'`), only when the reader asks for it (or has chosen
 * "Always unlock" for the site). Gives back selection, the context menu and
 * copying; see src/unprotect/unlock.ts. Returns a plain report.
 */
import { installUnlock } from '../src/unprotect/unlock';

export default defineUnlistedScript(() => installUnlock(window));
