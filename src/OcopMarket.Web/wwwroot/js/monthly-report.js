// The monthly report's charts (Chart.js, vendored in /lib/chartjs). The figures come from the JSON block the page
// renders; every figure is also in a table, so without JavaScript nothing is lost.
(function () {
    'use strict';
    var data = document.getElementById('report-charts');
    var monthInput = document.querySelector('[data-autosubmit-change]');
    if (monthInput) {
        // Choosing a month opens it; the View button stays for keyboards and browsers without a month picker.
        monthInput.addEventListener('change', function () { if (monthInput.value) monthInput.form.submit(); });
        var button = monthInput.form.querySelector('.js-hide');
        if (button && monthInput.type === 'month') button.classList.add('d-none');
    }
    if (!data || typeof window.Chart === 'undefined') return;
    var d = JSON.parse(data.textContent);
    var green = '#1f6f43', light = '#9fd3b0', red = '#c0392b';
    var locale = document.documentElement.lang === 'en' ? 'en-US' : 'vi-VN';
    var number = new Intl.NumberFormat(locale);
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    Chart.defaults.maintainAspectRatio = false;
    Chart.defaults.animation = false;

    function draw(id, config) {
        var canvas = document.getElementById(id);
        if (canvas) new Chart(canvas, config);
    }

    draw('chart-stars', {
        type: 'bar',
        data: { labels: d.stars.labels, datasets: [
            { label: d.stars.previousLabel, data: d.stars.previous, backgroundColor: light },
            { label: d.stars.currentLabel, data: d.stars.current, backgroundColor: green }
        ] },
        options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { position: 'bottom' } } }
    });

    draw('chart-producers', {
        type: 'bar',
        data: { labels: d.producers.labels, datasets: [{ label: d.producers.label, data: d.producers.values, backgroundColor: green }] },
        options: {
            indexAxis: 'y',
            scales: { x: { beginAtZero: true, ticks: { callback: function (v) { return number.format(v); } } },
                      y: { ticks: { callback: function (v) { var s = this.getLabelForValue(v); return s.length > 28 ? s.slice(0, 27) + '…' : s; } } } },
            plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (c) { return number.format(c.parsed.x) + ' ₫'; } } } }
        }
    });

    draw('chart-scans', {
        type: 'line',
        data: { labels: d.scans.labels, datasets: [
            { label: d.scans.genuineLabel, data: d.scans.genuine, borderColor: green, backgroundColor: green, tension: .25, pointRadius: 2 },
            { label: d.scans.otherLabel, data: d.scans.other, borderColor: red, backgroundColor: red, tension: .25, pointRadius: 2 }
        ] },
        options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { position: 'bottom' } } }
    });
})();
