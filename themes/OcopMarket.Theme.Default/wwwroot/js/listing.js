// Progressive enhancement: the sort select submits on change (a button does it without JS).
document.querySelectorAll('select[data-autosubmit]').forEach(function (el) {
    el.addEventListener('change', function () { el.form.submit(); });
});
