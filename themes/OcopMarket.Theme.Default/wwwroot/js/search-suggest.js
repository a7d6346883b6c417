// Progressive enhancement of the search boxes: suggestions (products, producers, groups) as you
// type, from /api/search/suggest. Without JavaScript the form is a plain GET to /tim-kiem.
(function () {
    var kinds = { product: 'bi-bag', producer: 'bi-shop', category: 'bi-grid' };
    document.querySelectorAll('form[role=search] input[name=q]').forEach(function (input, n) {
        var form = input.form, timer = null, active = -1, items = [], seq = 0;
        var list = document.createElement('ul');
        list.className = 'suggest-list list-unstyled';
        list.id = 'suggest-' + n;
        list.setAttribute('role', 'listbox');
        list.hidden = true;
        form.classList.add('position-relative');
        form.appendChild(list);
        input.setAttribute('autocomplete', 'off');
        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-controls', list.id);
        input.setAttribute('aria-expanded', 'false');

        function close() { list.hidden = true; active = -1; input.setAttribute('aria-expanded', 'false'); }
        function render() {
            list.innerHTML = '';
            items.forEach(function (it, i) {
                var li = document.createElement('li');
                li.setAttribute('role', 'option');
                li.id = list.id + '-' + i;
                li.className = 'suggest-item' + (i === active ? ' active' : '');
                var a = document.createElement('a');
                a.href = it.url;
                var icon = document.createElement('i');
                icon.className = 'bi ' + (kinds[it.kind] || 'bi-search');
                a.appendChild(icon);
                var title = document.createElement('span');
                title.textContent = it.title;
                a.appendChild(title);
                if (it.subtitle) { var sub = document.createElement('small'); sub.textContent = it.subtitle; a.appendChild(sub); }
                li.appendChild(a);
                list.appendChild(li);
            });
            list.hidden = items.length === 0;
            input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
            if (active >= 0) input.setAttribute('aria-activedescendant', list.id + '-' + active); else input.removeAttribute('aria-activedescendant');
        }
        function load() {
            var q = input.value.trim();
            if (q.length < 2) { items = []; render(); return; }
            var mine = ++seq;
            fetch('/api/search/suggest?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
                .then(function (r) { return r.ok ? r.json() : { items: [] }; })
                .then(function (data) { if (mine === seq) { items = data.items || []; active = -1; render(); } })
                .catch(function () { items = []; render(); });
        }
        input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(load, 120); });
        input.addEventListener('keydown', function (e) {
            if (list.hidden) return;
            if (e.key === 'ArrowDown') { active = Math.min(items.length - 1, active + 1); render(); e.preventDefault(); }
            else if (e.key === 'ArrowUp') { active = Math.max(-1, active - 1); render(); e.preventDefault(); }
            else if (e.key === 'Enter' && active >= 0) { window.location.href = items[active].url; e.preventDefault(); }
            else if (e.key === 'Escape') { close(); }
        });
        document.addEventListener('click', function (e) { if (!form.contains(e.target)) close(); });
    });
})();
