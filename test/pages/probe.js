// Loaded first, as a classic script, so it hears every CSP violation and error of the page.
window.__probe = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  window.__probe.violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, source: event.sourceFile });
});
window.addEventListener('error', (event) => window.__probe.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__probe.errors.push(String(event.reason)));
