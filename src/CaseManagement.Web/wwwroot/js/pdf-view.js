// Documents as PDF in the page: "预览" shows the PDF in a panel of the page (the browser's PDF viewer), "打印"
// opens the browser's print dialog on the PDF. A static file, so the pages need no inline script.
//   <a href="...pdf" data-pdf-view="#panel-id">预览</a>   shows the PDF in the panel (an element holding an iframe)
//   <a href="...pdf" data-pdf-print>打印</a>               prints the PDF without leaving the page
//   <button data-pdf-print-panel="#panel-id">打印</button> prints what the panel shows
(function () {
    'use strict';

    // A draft is converted when asked for (a second or more): the caption says so until the PDF has arrived.
    function show(panel, url, title) {
        var frame = panel.querySelector('iframe');
        var caption = panel.querySelector('[data-pdf-title]');
        if (caption) {
            caption.textContent = (title || '') + '（正在生成 PDF，请稍候…）';
            frame.onload = function () { caption.textContent = title || ''; };
        }
        panel.setAttribute('data-url', url);
        panel.setAttribute('aria-busy', 'true');
        frame.addEventListener('load', function () { panel.removeAttribute('aria-busy'); }, { once: true });
        frame.src = url;
        panel.classList.remove('d-none');
        panel.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
    }

    // Printing a PDF means loading it in a frame and asking that frame to print; should the browser refuse
    // (no built-in PDF viewer), the PDF opens in a new tab where its own print button is at hand.
    function printFrame(frame, url) {
        try {
            frame.contentWindow.focus();
            frame.contentWindow.print();
        } catch (e) {
            window.open(url, '_blank', 'noopener');
        }
    }

    var printer = null;
    function print(url, link) {
        if (!printer) {
            printer = document.createElement('iframe');
            printer.className = 'pdf-print-frame';
            printer.setAttribute('aria-hidden', 'true');
            printer.setAttribute('tabindex', '-1');
            printer.style.position = 'fixed';
            printer.style.width = '1px';
            printer.style.height = '1px';
            printer.style.right = '0';
            printer.style.bottom = '0';
            printer.style.border = '0';
            printer.style.opacity = '0';
            document.body.appendChild(printer);
        }
        var label = link ? link.textContent : null;
        if (link) {
            link.textContent = '正在生成…';
            link.setAttribute('aria-busy', 'true');
        }
        printer.onload = function () {
            if (link) {
                link.textContent = label;
                link.removeAttribute('aria-busy');
            }
            // The PDF viewer needs a moment after load before it can print.
            setTimeout(function () { printFrame(printer, url); }, 300);
        };
        printer.setAttribute('data-url', url);
        printer.src = url;
    }

    document.querySelectorAll('[data-pdf-view]').forEach(function (link) {
        link.addEventListener('click', function (e) {
            var panel = document.querySelector(link.getAttribute('data-pdf-view'));
            if (!panel) {
                return;
            }
            e.preventDefault();
            show(panel, link.getAttribute('href'), link.getAttribute('data-title') || link.textContent);
        });
    });

    document.querySelectorAll('[data-pdf-print]').forEach(function (link) {
        link.addEventListener('click', function (e) {
            e.preventDefault();
            print(link.getAttribute('href'), link);
        });
    });

    document.querySelectorAll('[data-pdf-print-panel]').forEach(function (button) {
        button.addEventListener('click', function () {
            var panel = document.querySelector(button.getAttribute('data-pdf-print-panel'));
            var frame = panel && panel.querySelector('iframe');
            if (frame && frame.src) {
                printFrame(frame, panel.getAttribute('data-url'));
            }
        });
    });

    document.querySelectorAll('[data-pdf-close]').forEach(function (button) {
        button.addEventListener('click', function () {
            var panel = document.querySelector(button.getAttribute('data-pdf-close'));
            panel.querySelector('iframe').removeAttribute('src');
            panel.classList.add('d-none');
        });
    });
})();
