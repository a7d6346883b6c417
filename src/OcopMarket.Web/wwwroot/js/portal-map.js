// The storefront's map pin picker. No tile server is configured, so the map is a plain background with the
// pin: click to move it, drag it, or use the device's location; the number fields stay the source of truth.
(function () {
  var el = document.getElementById('pin-map');
  var lat = document.getElementById('Latitude'), lng = document.getElementById('Longitude');
  if (!el || !lat || !lng || typeof L === 'undefined') return;
  el.hidden = false;
  L.Icon.Default.imagePath = '/_content/OcopMarket.Theme.Default/lib/leaflet/images/';
  function read() {
    var a = parseFloat(lat.value), b = parseFloat(lng.value);
    return isFinite(a) && isFinite(b) ? [a, b] : null;
  }
  var start = read() || [16.0, 106.5]; // the middle of Việt Nam until a pin is set
  var map = L.map(el, { attributionControl: false }).setView(start, read() ? 13 : 5);
  var marker = L.marker(start, { draggable: true }).addTo(map);
  if (!read()) marker.setOpacity(0.4);
  function write(p) {
    lat.value = p.lat.toFixed(6);
    lng.value = p.lng.toFixed(6);
    marker.setLatLng(p).setOpacity(1);
  }
  map.on('click', function (e) { write(e.latlng); });
  marker.on('dragend', function () { write(marker.getLatLng()); });
  [lat, lng].forEach(function (input) {
    input.addEventListener('change', function () {
      var p = read();
      if (p) { marker.setLatLng(p).setOpacity(1); map.setView(p, Math.max(map.getZoom(), 12)); }
    });
  });
  var here = document.getElementById('pin-here');
  if (here && navigator.geolocation) {
    here.hidden = false;
    here.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (pos) {
        var p = L.latLng(pos.coords.latitude, pos.coords.longitude);
        write(p);
        map.setView(p, 15);
      });
    });
  }
})();
