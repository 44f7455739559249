// Every page: below tablet width the lists (tables with a header row) become one card per row. Each cell is
// labelled with its column's header here, so the card reads 当事人：…, 阶段：… without each page repeating it.
(function () {
    'use strict';

    document.querySelectorAll('main table.table').forEach(function (table) {
        var headers = table.querySelectorAll('thead th');
        if (headers.length === 0) {
            return;
        }
        var labels = Array.prototype.map.call(headers, function (th) { return th.textContent.trim(); });
        table.classList.add('table-cards');
        table.querySelectorAll('tbody tr').forEach(function (row) {
            Array.prototype.forEach.call(row.children, function (cell, index) {
                if (!cell.hasAttribute('data-label') && labels[index]) {
                    cell.setAttribute('data-label', labels[index]);
                }
            });
        });
    });
})();
