// The product page is cached and shared, so its add-to-cart form has no antiforgery token. Before submitting we
// fetch this visitor's token and post the form like a plain HTML form would (the server redirects to the cart).
// Without JavaScript (or if the fetch fails) the form's GET opens the small confirmation page instead.
(function () {
  document.querySelectorAll('form[data-add-to-cart]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (form.dataset.posting) return;
      e.preventDefault();
      var button = form.querySelector('[type=submit]');
      if (button) button.disabled = true;
      fetch('/antiforgery/token', { credentials: 'same-origin', cache: 'no-store' })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(function (t) {
          var input = document.createElement('input');
          input.type = 'hidden';
          input.name = t.field;
          input.value = t.token;
          form.appendChild(input);
          form.method = 'post';
        })
        .catch(function () { /* fall back to the confirmation page (GET) */ })
        .then(function () {
          form.dataset.posting = '1';
          if (button) button.disabled = false;
          form.submit();
        });
    });
  });
})();
