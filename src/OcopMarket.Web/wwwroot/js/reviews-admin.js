// Review moderation: "select all" for the bulk actions, and the selection count on the bulk buttons.
(function () {
  var form = document.getElementById('review-bulk');
  if (!form) return;
  var all = form.querySelector('[data-check-all]');
  var boxes = function () { return form.querySelectorAll('input[name="ids"]'); };
  var update = function () {
    var n = Array.prototype.filter.call(boxes(), function (b) { return b.checked; }).length;
    form.querySelectorAll('[data-selected-count]').forEach(function (el) { el.textContent = n; });
    form.querySelectorAll('[data-needs-selection]').forEach(function (el) { el.disabled = n === 0; });
    if (all) all.checked = n > 0 && n === boxes().length;
  };
  if (all) all.addEventListener('change', function () {
    boxes().forEach(function (b) { b.checked = all.checked; });
    update();
  });
  form.addEventListener('change', function (e) { if (e.target.name === 'ids') update(); });
  update();
})();
