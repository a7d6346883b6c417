// Draws the producer's pin with Leaflet. No tile server is configured by default, so the map is a
// plain background with the pin (nothing is fetched from outside); data-tiles may name a tile URL.
(function () {
    var el = document.getElementById('producer-map');
    if (!el || typeof L === 'undefined') return;
    var lat = parseFloat(el.dataset.lat), lng = parseFloat(el.dataset.lng);
    el.innerHTML = '';
    var map = L.map(el, { scrollWheelZoom: false, attributionControl: !!el.dataset.tiles }).setView([lat, lng], 12);
    if (el.dataset.tiles) L.tileLayer(el.dataset.tiles, { maxZoom: 18 }).addTo(map);
    L.Icon.Default.imagePath = '/_content/OcopMarket.Theme.Default/lib/leaflet/images/';
    L.marker([lat, lng]).addTo(map).bindPopup(el.dataset.name || '');
})();
