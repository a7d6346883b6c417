// Campaign form: show the part of the form that matches the chosen scope and discount kind, and filter the product
// picker as the user types (accents ignored). Without JavaScript every part stays visible and works.
(function () {
  var form = document.getElementById('campaign-form');
  if (!form) return;

  function fold(s) {
    return (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
  }

  function sync() {
    var scope = form.querySelector('input[name="Scope"]:checked');
    form.querySelectorAll('[data-scope]').forEach(function (el) {
      el.hidden = scope && el.getAttribute('data-scope') !== scope.value;
    });
    var kind = form.querySelector('input[name="DiscountKind"]:checked');
    form.querySelectorAll('[data-kind]').forEach(function (el) {
      el.hidden = kind && el.getAttribute('data-kind') !== kind.value;
    });
    var unit = form.querySelector('[data-discount-unit]');
    if (unit && kind) unit.textContent = kind.value === 'Percent' ? '%' : '₫';
  }
  form.addEventListener('change', function (e) {
    if (e.target.name === 'Scope' || e.target.name === 'DiscountKind') sync();
    if (e.target.name === 'ProductIds') count();
  });
  sync();

  var filter = document.getElementById('product-filter');
  var items = Array.prototype.slice.call(form.querySelectorAll('[data-product-name]'));
  function count() {
    var out = document.getElementById('picked-count');
    if (out) out.textContent = form.querySelectorAll('input[name="ProductIds"]:checked').length;
  }
  if (filter) {
    filter.addEventListener('input', function () {
      var q = fold(filter.value.trim());
      items.forEach(function (li) { li.hidden = q !== '' && fold(li.getAttribute('data-product-name')).indexOf(q) < 0; });
    });
    // Enter in the filter must not submit the campaign form.
    filter.addEventListener('keydown', function (e) { if (e.key === 'Enter') e.preventDefault(); });
  }
  count();
})();
