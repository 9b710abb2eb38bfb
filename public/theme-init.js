// Applies a stored light/dark choice before first paint, so a reader who chose dark never sees a white flash.
// Kept as a tiny external file (not inline) so the site can run under a strict Content-Security-Policy.
try {
  var t = localStorage.getItem('lync-runbook-theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
