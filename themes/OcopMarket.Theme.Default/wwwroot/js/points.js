// The display points page: marker ↔ card, "near me" and the visitor's position on the map.
// Without JavaScript the page still works: filters and the typed place are a GET form, and /diem-ban?lat=..&lng=..
// orders the list on the server; this script only adds the browser's location and the map interplay.
(function () {
  var mapEl = document.getElementById('points-map');
  var list = document.getElementById('point-list');
  document.querySelectorAll('.js-only').forEach(function (el) { el.hidden = false; });

  function card(id) { return document.getElementById('point-' + id); }

  function select(id, scroll) {
    document.querySelectorAll('.point-card.is-selected').forEach(function (c) { c.classList.remove('is-selected'); });
    var c = card(id);
    if (!c) return;
    c.classList.add('is-selected');
    if (scroll) c.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }

  var api = mapEl && window.OcopMap ? window.OcopMap.get(mapEl) : null;
  if (api) {
    mapEl.addEventListener('ocop-map:select', function (e) { select(e.detail.id, true); });
    var lat = parseFloat(mapEl.dataset.originLat), lng = parseFloat(mapEl.dataset.originLng);
    if (isFinite(lat) && isFinite(lng) && typeof L !== 'undefined') {
      L.circleMarker([lat, lng], { radius: 8, color: '#fff', weight: 3, fillColor: '#0d6efd', fillOpacity: 1 })
        .addTo(api.map).bindTooltip(mapEl.dataset.you || '', { direction: 'top' });
      // Fit the visitor and the three nearest points (the list is already nearest first).
      var bounds = [[lat, lng]];
      Array.prototype.slice.call(document.querySelectorAll('.point-card[data-lat]'), 0, 3).forEach(function (c) {
        bounds.push([parseFloat(c.dataset.lat), parseFloat(c.dataset.lng)]);
      });
      api.map.fitBounds(bounds, { padding: [32, 32], maxZoom: 14 });
    }
    document.addEventListener('click', function (e) {
      var b = e.target.closest('[data-show-on-map]');
      if (!b) return;
      var id = b.getAttribute('data-show-on-map');
      var m = api.markers[id];
      if (!m) return;
      api.map.setView(m.getLatLng(), Math.max(api.map.getZoom(), 13));
      m.openPopup();
      select(id, false);
      // On a phone the map sits above the list.
      if (mapEl.getBoundingClientRect().top < 0) mapEl.scrollIntoView({ behavior: 'smooth', block: 'start' });
    });
  }

  var near = document.getElementById('near-me');
  var status = document.getElementById('near-me-status');
  if (near && 'geolocation' in navigator) {
    near.hidden = false;
    near.addEventListener('click', function () {
      // Asked only when the visitor presses the button; never on page load.
      near.disabled = true;
      status.textContent = near.dataset.locating;
      navigator.geolocation.getCurrentPosition(function (pos) {
        var form = document.getElementById('point-filters');
        var params = new URLSearchParams();
        ['loai', 'tinh'].forEach(function (n) { var v = form.elements[n] && form.elements[n].value; if (v) params.set(n, v); });
        // About 100 m: plenty to order points, and the exact position never reaches the server's logs.
        params.set('lat', pos.coords.latitude.toFixed(3));
        params.set('lng', pos.coords.longitude.toFixed(3));
        window.location.assign('/diem-ban?' + params.toString() + '#point-list');
      }, function (err) {
        near.disabled = false;
        status.textContent = err && err.code === 1 ? near.dataset.denied : near.dataset.unavailable;
      }, { enableHighAccuracy: false, timeout: 10000, maximumAge: 300000 });
    });
  }
  if (list && location.hash === '#point-list') list.scrollIntoView({ block: 'start' });
})();
