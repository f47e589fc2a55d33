export default defineUnlistedScript(() => ({ ok: false, reason: 'error', message: 'not yet' }));
