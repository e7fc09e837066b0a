// SUNAT's sunatrecaptcha3.js stand-in, in plain ES5 (no jQuery: the simulator serves no libraries).
// What the server later checks is only that the hidden token is present and not empty; Google
// never verifies it, so 52 random base-36 characters are exactly what the real stub sends.
const SCRIPT = String.raw`(function () {
  'use strict';
  var form = document.forms.mainForm;
  var modes = { btnPorRuc: 1, btnPorDocumento: 2, btnPorRazonSocial: 3 };
  var panels = { 1: 'divPorRuc', 2: 'divPorDocumento', 3: 'divPorRazonSocial' };

  function byId(id) { return document.getElementById(id); }

  function randomToken(length) {
    var chars = '0123456789abcdefghijklmnopqrstuvwxyz';
    var out = '';
    for (var i = 0; i < length; i++) out += chars.charAt(Math.floor(Math.random() * chars.length));
    return out;
  }

  function showMessage(text) {
    var box = byId('divMensaje');
    box.textContent = text;
    box.className = text ? 'text-danger' : 'text-danger hidden';
  }

  function selectMode(mode) {
    form.rbtnTipo.value = String(mode);
    for (var id in modes) {
      byId(id).className = 'btn btn-default' + (modes[id] === mode ? ' active' : '');
      byId(panels[modes[id]]).className = 'form-group' + (modes[id] === mode ? '' : ' hidden');
    }
    showMessage('');
  }

  for (var id in modes) {
    byId(id).addEventListener('click', (function (mode) {
      return function (event) { event.preventDefault(); selectMode(mode); };
    })(modes[id]));
  }

  byId('btnAceptar').addEventListener('click', function (event) {
    event.preventDefault();
    var mode = Number(form.rbtnTipo.value);
    if (mode === 1) {
      var ruc = byId('txtRuc').value.replace(/^\s+|\s+$/g, '');
      if (!/^\d{11}$/.test(ruc)) { showMessage('Ingrese un RUC de 11 d\u00edgitos.'); return; }
      form.accion.value = 'consPorRuc';
      form.nroRuc.value = ruc;
    } else if (mode === 2) {
      var doc = byId('txtNumeroDocumento').value.replace(/^\s+|\s+$/g, '');
      if (!doc) { showMessage('Ingrese el n\u00famero de documento.'); return; }
      form.accion.value = 'consPorTipdoc';
      form.nrodoc.value = doc;
    } else {
      var name = byId('txtNombreRazonSocial').value.replace(/^\s+|\s+$/g, '');
      if (name.length < 4) { showMessage('Ingrese al menos 4 caracteres.'); return; }
      form.accion.value = 'consPorRazonSoc';
      form.razSoc.value = name;
    }
    showMessage('');
    form.token.value = randomToken(52);
    form.submit();
  });
})();
`;

/** The body of /cl-ti-itmrconsruc/js/sunatrecaptcha3.js. */
export function recaptchaScript(): string {
  return SCRIPT;
}
