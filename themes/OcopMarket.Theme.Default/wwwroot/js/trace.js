// The traceability page's "share my approximate location" box. Nothing is asked or sent until the visitor presses the
// button; the position is rounded to 2 decimals (about 1 km) here already, and the server rounds again.
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
      fetch(box.dataset.url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': box.dataset.token },
        body: JSON.stringify({ latitude: round(position.coords.latitude), longitude: round(position.coords.longitude) })
      }).then(function (response) {
        if (response.ok) { button.hidden = true; say(box.dataset.thanks); return; }
        return response.json().then(function (problem) {
          button.hidden = response.status === 409 || response.status === 410;
          button.disabled = false;
          say(problem.detail || problem.title || box.dataset.failed);
        });
      }).catch(function () { button.disabled = false; say(box.dataset.failed); });
    }, function () {
      button.disabled = false;
      say(box.dataset.denied);
    }, { enableHighAccuracy: false, timeout: 20000, maximumAge: 600000 });
  });
})();
