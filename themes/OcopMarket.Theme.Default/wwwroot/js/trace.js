// The traceability page's "share my approximate location" box. Nothing is asked or sent until the visitor presses the
// button; the position is rounded to 2 decimals (about 1 km) here already, and the server rounds again. The page has no
// antiforgery token of its own (ADR 0009): one is fetched just before posting and sent in the RequestVerificationToken header.
(function () {
  var box = document.getElementById('trace-share');
  if (!box || !('geolocation' in navigator) || !window.fetch) return;
  box.hidden = false;
  var button = box.querySelector('button');
  var status = box.querySelector('[data-status]');
  function round(x) { return Math.round(x * 100) / 100; }
  function say(text) { status.textContent = text || ''; }

  button.addEventListener('click', function () {
    button.disabled = true;
    say(box.dataset.asking);
    navigator.geolocation.getCurrentPosition(function (position) {
      fetch('/antiforgery/token', { credentials: 'same-origin', cache: 'no-store' })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(function (t) {
          return fetch(box.dataset.url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': t.token },
            body: JSON.stringify({ latitude: round(position.coords.latitude), longitude: round(position.coords.longitude) })
          });
        })
        .then(function (response) {
          if (response.ok) { button.hidden = true; say(box.dataset.thanks); return; }
          return response.json().then(function (problem) {
            button.hidden = response.status === 409 || response.status === 410;
            button.disabled = false;
            say(problem.detail || problem.title || box.dataset.failed);
          });
        })
        .catch(function () { button.disabled = false; say(box.dataset.failed); });
    }, function () {
      button.disabled = false;
      say(box.dataset.denied);
    }, { enableHighAccuracy: false, timeout: 20000, maximumAge: 600000 });
  });
})();
