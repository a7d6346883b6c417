// Progressive enhancement: a thumbnail swaps the main picture instead of opening the large file.
document.querySelectorAll('.gallery-thumb').forEach(function (thumb) {
    thumb.addEventListener('click', function (e) {
        var main = document.querySelector('.gallery-main picture');
        var picture = thumb.querySelector('picture');
        if (!main || !picture) return;
        e.preventDefault();
        var id = thumb.getAttribute('data-media-id');
        main.querySelectorAll('source, img').forEach(function (el) {
            ['srcset', 'src'].forEach(function (attr) {
                var v = el.getAttribute(attr);
                if (v) el.setAttribute(attr, v.replace(/\/media\/\d+\//g, '/media/' + id + '/'));
            });
        });
    });
});
