/**
 * The JavaScript "checking your browser" interstitial a bot filter answers instead of the page.
 * It reloads itself with a GET; a client the filter still distrusts gets it again, which is how
 * headless Chromium with its default User-Agent is reported to stay on it.
 */
export function browserCheckPage(): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="es">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="robots" content="noindex, nofollow">',
    '<title>Verificando su navegador...</title>',
    '<style>body{font-family:Arial,sans-serif;text-align:center;padding-top:15%;color:#333}</style>',
    '</head>',
    '<body>',
    '<h1>Verificando su navegador antes de acceder al sitio.</h1>',
    '<p>Checking your browser before accessing the site. This process is automatic.</p>',
    '<p>Su navegador ser&aacute; redirigido en unos segundos.</p>',
    '<noscript><p>Please enable JavaScript and cookies to continue.</p></noscript>',
    '<script>',
    '  setTimeout(function () { window.location.replace(window.location.href); }, 5000);',
    '</script>',
    '</body>',
    '</html>',
    '',
  ].join('\r\n');
}
