// Destructive actions: a form or button with data-confirm asks first (the server still validates everything).
document.addEventListener('submit', function (e) {
  var form = e.target;
  var message = (e.submitter && e.submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
  if (message && !window.confirm(message)) e.preventDefault();
}, true);
