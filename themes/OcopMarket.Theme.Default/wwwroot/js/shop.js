// Progressive enhancement for the shop forms: changing a place select, a delivery option or a cart
// quantity presses the form's "Update" button for the buyer. Without JavaScript the button is still there.
(function () {
    // The selects reload the form themselves now: their "Cập nhật" buttons are only clutter (they stay clickable for Enter).
    document.querySelectorAll('[data-js-hide]').forEach(function (b) { b.classList.add('d-none'); });
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
