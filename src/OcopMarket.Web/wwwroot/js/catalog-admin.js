// Catalogue admin: a select with data-autosubmit="#button" re-submits its form through that button when it changes
// (e.g. the province select reloads the commune list). Without JavaScript the button does the same by hand.
document.addEventListener('change', function (e) {
  var select = e.target.closest('[data-autosubmit]');
  if (!select || !select.form) return;
  var button = document.querySelector(select.getAttribute('data-autosubmit'));
  if (button && select.form.requestSubmit) select.form.requestSubmit(button);
  else if (button) button.click();
});
