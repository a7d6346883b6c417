// Progressive enhancement: the sort select submits on change (a button does it without JS).
document.querySelectorAll('select[data-autosubmit]').forEach(function (el) {
    el.addEventListener('change', function () { el.form.submit(); });
});
// On a phone the filters start folded so the products come first (they stay open without JS).
if (window.matchMedia('(max-width: 991.98px)').matches) {
    document.querySelectorAll('details.filters').forEach(function (d) { d.removeAttribute('open'); });
}
