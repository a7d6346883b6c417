// "Available at" on a product page. The page is output-cached for a minute, so "open now" is re-evaluated here from
// each point's week (data-week: Monday-first minute ranges, Việt Nam time), and "sort by distance" orders the points
// in the browser once the visitor asks (the position never leaves the browser).
(function () {
  var box = document.getElementById('available-at');
  if (!box) return;
  var shown = parseInt(box.dataset.shown || '5', 10);

  function vietnamNow() {
    var d = new Date(Date.now() + 7 * 3600 * 1000); // UTC+7, no daylight saving
    return { day: (d.getUTCDay() + 6) % 7, minute: d.getUTCHours() * 60 + d.getUTCMinutes() };
  }
  function isOpen(week, now) {
    var today = week[now.day] || [], yesterday = week[(now.day + 6) % 7] || [];
    return today.some(function (r) { return r[1] > r[0] ? now.minute >= r[0] && now.minute < r[1] : now.minute >= r[0]; })
      || yesterday.some(function (r) { return r[1] < r[0] && now.minute < r[1]; });
  }
  var now = vietnamNow();
  box.querySelectorAll('[data-week]').forEach(function (item) {
    var week;
    try { week = JSON.parse(item.dataset.week); } catch (e) { return; }
    var label = item.querySelector('.point-open');
    if (!label || !Array.isArray(week)) return;
    var open = isOpen(week, now);
    if (label.dataset.always === 'true') return;
    label.classList.toggle('is-open', open);
    label.classList.toggle('is-closed', !open);
    label.dataset.open = open ? 'true' : 'false';
    var text = label.querySelector('.point-open-text');
    if (text && String(open) !== label.dataset.rendered) text.textContent = open ? box.dataset.openLabel : box.dataset.closedLabel;
  });

  var sort = document.getElementById('available-sort');
  var status = document.getElementById('available-status');
  if (!sort || !('geolocation' in navigator)) return;
  sort.hidden = false;
  function km(a, b, c, d) {
    var r = Math.PI / 180, dLat = (c - a) * r, dLng = (d - b) * r;
    var h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(a * r) * Math.cos(c * r) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
  var fmt = new Intl.NumberFormat(document.documentElement.lang || 'vi', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  function distance(k) { return k < 1 ? Math.max(10, Math.round(k * 100) * 10) + ' m' : (k < 10 ? fmt.format(k) : Math.round(k)) + ' km'; }
  sort.addEventListener('click', function () {
    sort.disabled = true;
    status.textContent = sort.dataset.locating;
    navigator.geolocation.getCurrentPosition(function (pos) {
      var list = box.querySelector('ol');
      var items = Array.prototype.slice.call(list.children);
      items.forEach(function (li) { li._km = km(pos.coords.latitude, pos.coords.longitude, parseFloat(li.dataset.lat), parseFloat(li.dataset.lng)); });
      items.sort(function (a, b) { return a._km - b._km; });
      items.forEach(function (li, i) {
        list.appendChild(li);
        li.hidden = i >= shown;
        var d = li.querySelector('.point-distance');
        if (d) { d.textContent = distance(li._km); d.hidden = false; }
      });
      status.textContent = sort.dataset.sorted;
    }, function (err) {
      sort.disabled = false;
      status.textContent = err && err.code === 1 ? sort.dataset.denied : sort.dataset.unavailable;
    }, { enableHighAccuracy: false, timeout: 10000, maximumAge: 300000 });
  });
})();
