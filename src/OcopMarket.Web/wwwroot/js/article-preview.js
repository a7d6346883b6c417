// Live Markdown preview for /admin/tin-tuc: after a pause in typing, the text is posted (with the form's antiforgery
// token) to the preview endpoint, which answers the rendered and sanitised HTML — the same pipeline readers get.
(function () {
  'use strict';
  var form = document.getElementById('article-form');
  if (!form || !window.fetch) return;
  var url = form.getAttribute('data-preview-url');
  var token = form.querySelector('input[name="__RequestVerificationToken"]');
  var button = document.getElementById('preview-button');
  if (button) button.hidden = true; // with JavaScript, the preview follows the typing
  form.querySelectorAll('textarea[data-preview]').forEach(function (area) {
    var target = document.getElementById(area.getAttribute('data-preview'));
    var status = target && target.parentElement.querySelector('.md-status');
    var timer = null;
    var seq = 0;
    function render() {
      var mine = ++seq;
      var body = new FormData();
      body.append('markdown', area.value);
      if (token) body.append('__RequestVerificationToken', token.value);
      if (status) status.textContent = '…';
      fetch(url, { method: 'POST', body: body, credentials: 'same-origin' })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); })
        .then(function (html) {
          if (mine !== seq) return;
          target.innerHTML = html; // sanitised on the server
          if (status) status.textContent = '';
        })
        .catch(function () { if (status) status.textContent = '⚠'; });
    }
    area.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(render, 400);
    });
    if (area.value.trim() && target.querySelector('.md-empty')) render();
  });
})();
