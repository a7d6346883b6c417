// Every storefront map (display points, a point, a route, a lot's journey) is one element:
//   <div class="ocop-map" data-map='{"points":[{"id":1,"lat":..,"lng":..,"name":"..","href":"/..","label":"1"}],"line":false}'
//        data-tiles="" data-attribution=""></div>
// With no tile URL the map is a plain background with the points (nothing is fetched from outside).
// "line": true joins the points in order and numbers them (a route's stops, a lot's journey).
// Pages add behaviour through window.OcopMap.get(el) → { map, markers: {id: marker}, fit() } and the
// 'ocop-map:select' event (detail.id) fired when a marker is clicked.
(function () {
  if (typeof L === 'undefined') return;
  L.Icon.Default.imagePath = '/_content/OcopMarket.Theme.Default/lib/leaflet/images/';
  var maps = new WeakMap();

  function numbered(label) {
    return L.divIcon({ className: 'ocop-pin', html: '<span>' + String(label).replace(/[<>&"]/g, '') + '</span>', iconSize: [28, 28], iconAnchor: [14, 14] });
  }

  function init(el) {
    var cfg;
    try { cfg = JSON.parse(el.dataset.map || '{}'); } catch (e) { return null; }
    var points = (cfg.points || []).filter(function (p) { return isFinite(p.lat) && isFinite(p.lng); });
    el.innerHTML = '';
    el.classList.toggle('ocop-map-plain', !el.dataset.tiles);
    var map = L.map(el, { scrollWheelZoom: false, attributionControl: !!el.dataset.tiles, zoomSnap: 0.5 });
    if (el.dataset.tiles) L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: el.dataset.attribution || '' }).addTo(map);
    var markers = {};
    var latlngs = points.map(function (p) { return [p.lat, p.lng]; });
    if (cfg.line && latlngs.length > 1) L.polyline(latlngs, { color: '#1f7a4d', weight: 3, opacity: 0.8, dashArray: '6 6' }).addTo(map);
    points.forEach(function (p, i) {
      var opts = cfg.line || p.label ? { icon: numbered(p.label || i + 1), title: p.name } : { title: p.name };
      var m = L.marker([p.lat, p.lng], opts).addTo(map);
      var a = document.createElement(p.href ? 'a' : 'strong');
      a.textContent = p.name || '';
      if (p.href) a.href = p.href;
      var box = document.createElement('div');
      box.appendChild(a);
      if (p.detail) { var d = document.createElement('div'); d.className = 'small text-secondary'; d.textContent = p.detail; box.appendChild(d); }
      m.bindPopup(box);
      m.on('click', function () { el.dispatchEvent(new CustomEvent('ocop-map:select', { detail: { id: p.id } })); });
      if (p.id != null) markers[p.id] = m;
    });
    function fit() {
      if (latlngs.length === 1) map.setView(latlngs[0], cfg.zoom || 13);
      else if (latlngs.length > 1) map.fitBounds(latlngs, { padding: [24, 24], maxZoom: 14 });
      else map.setView([16.0, 106.5], 5); // the middle of Việt Nam
    }
    fit();
    var api = { map: map, markers: markers, fit: fit };
    maps.set(el, api);
    return api;
  }

  window.OcopMap = { init: init, get: function (el) { return maps.get(el) || init(el); } };
  document.querySelectorAll('.ocop-map[data-map]').forEach(function (el) { if (!el.dataset.mapManual) init(el); });
})();
