// Progressive enhancement for the shop forms: changing a place select, a delivery option or a cart
// quantity presses the form's "Update" button for the buyer. Without JavaScript the button is still there.
(function () {
    document.addEventListener('change', function (e) {
        var el = e.target.closest('[data-autosubmit]');
        if (!el || !el.form) return;
        var button = el.form.querySelector('[data-update]');
        clearTimeout(el._ocopTimer);
        el._ocopTimer = setTimeout(function () {
            if (button) button.click(); else el.form.requestSubmit();
        }, el.tagName === 'INPUT' && el.type === 'number' ? 500 : 0);
    });
})();
