// The case page: evidence upload (several files, drag and drop, one progress bar per file) and PDF preview.
// Files are sent one after another to POST /api/cases/{id}/evidence with the version the page holds; each
// answer carries the case's new version, which the next upload sends.
(function () {
    'use strict';

    // Confirmation before an irreversible form is sent (no inline handlers: the pages run under a strict CSP).
    document.querySelectorAll('[data-confirm]').forEach(function (button) {
        button.addEventListener('click', function (event) {
            if (!window.confirm(button.getAttribute('data-confirm'))) {
                event.preventDefault();
            }
        });
    });

    var preview = document.getElementById('evidence-preview');
    if (preview) {
        var frame = preview.querySelector('iframe');
        document.querySelectorAll('[data-preview]').forEach(function (button) {
            button.addEventListener('click', function () {
                frame.src = button.getAttribute('data-preview');
                preview.classList.remove('d-none');
                preview.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
            });
        });
        document.getElementById('evidence-preview-close').addEventListener('click', function () {
            frame.removeAttribute('src');
            preview.classList.add('d-none');
        });
    }

    var panel = document.getElementById('evidence-upload');
    if (!panel) {
        return;
    }

    var url = panel.getAttribute('data-url');
    var version = panel.getAttribute('data-version');
    var zone = document.getElementById('drop-zone');
    var picker = document.getElementById('upload-files');
    var list = document.getElementById('upload-list');
    var errorBox = document.getElementById('upload-error');
    var queue = [];
    var busy = false;
    var uploaded = 0;

    function problemText(xhr) {
        try {
            var problem = JSON.parse(xhr.responseText);
            if (problem.errors) {
                return Object.keys(problem.errors).map(function (key) { return problem.errors[key].join('；'); }).join('；');
            }
            return problem.detail || problem.title || ('错误 ' + xhr.status);
        } catch (e) {
            return '上传失败（' + xhr.status + '）';
        }
    }

    function row(file) {
        var item = document.createElement('li');
        item.className = 'mb-2';
        var name = document.createElement('div');
        name.textContent = file.name;
        var bar = document.createElement('div');
        bar.className = 'progress';
        bar.setAttribute('role', 'progressbar');
        bar.setAttribute('aria-label', file.name);
        var fill = document.createElement('div');
        fill.className = 'progress-bar';
        fill.style.width = '0%';
        bar.appendChild(fill);
        var status = document.createElement('div');
        status.className = 'upload-status text-body-secondary';
        status.textContent = '等待上传';
        item.appendChild(name);
        item.appendChild(bar);
        item.appendChild(status);
        list.appendChild(item);
        return { item: item, fill: fill, status: status };
    }

    // A per-file id the server remembers: a retry after a dropped connection gets the item registered the
    // first time instead of a second one. crypto.getRandomValues also works on plain-http intranet pages.
    function uploadId() {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).substring(1); }).join('');
        return hex.substring(0, 8) + '-' + hex.substring(8, 12) + '-' + hex.substring(12, 16) + '-' + hex.substring(16, 20) + '-' + hex.substring(20);
    }

    var maxAutomaticRetries = 3;

    function failed(entry, text, retryable) {
        entry.view.fill.classList.add('bg-danger');
        entry.view.status.className = 'upload-status text-danger';
        entry.view.status.textContent = text;
        if (!retryable) {
            next();
            return;
        }
        if (entry.attempts <= maxAutomaticRetries) {
            entry.view.status.textContent = text + '，' + entry.attempts + '秒后自动重试…';
            setTimeout(function () { send(entry); }, entry.attempts * 1000);
            return;
        }
        var retry = document.createElement('button');
        retry.type = 'button';
        retry.className = 'btn btn-sm btn-outline-primary ms-2';
        retry.textContent = '重试';
        retry.setAttribute('data-testid', 'upload-retry');
        retry.addEventListener('click', function () {
            retry.remove();
            entry.attempts = 0;
            send(entry);
        });
        entry.view.status.appendChild(retry);
        next();
    }

    function send(entry) {
        entry.attempts = (entry.attempts || 0) + 1;
        entry.view.fill.classList.remove('bg-danger');
        var form = new FormData();
        form.append('file', entry.file);
        form.append('uploadId', entry.uploadId);
        form.append('version', version);
        form.append('kind', document.getElementById('upload-kind').value);
        form.append('title', entry.file.name.replace(/\.[^.]+$/, ''));
        form.append('collectedOn', document.getElementById('upload-collected').value);
        form.append('place', document.getElementById('upload-place').value);
        panel.querySelectorAll('.upload-officer:checked').forEach(function (box) { form.append('officers', box.value); });

        var xhr = new XMLHttpRequest();
        xhr.open('POST', url);
        xhr.setRequestHeader('Accept', 'application/json');
        // A cookie-authenticated write to the API carries the page's antiforgery token.
        var token = document.querySelector('input[name="__RequestVerificationToken"]');
        if (token) {
            xhr.setRequestHeader('RequestVerificationToken', token.value);
        }
        xhr.upload.addEventListener('progress', function (e) {
            if (e.lengthComputable) {
                entry.view.fill.style.width = Math.round(e.loaded * 100 / e.total) + '%';
            }
        });
        xhr.addEventListener('load', function () {
            if (xhr.status === 201) {
                var answer = JSON.parse(xhr.responseText);
                version = answer.version;
                uploaded++;
                entry.view.fill.style.width = '100%';
                entry.view.fill.classList.add('bg-success');
                entry.view.status.className = 'upload-status text-success';
                entry.view.status.textContent = '已上传：证据' + answer.number + '，SHA-256 ' + answer.sha256.substring(0, 16) + '…';
                next();
            } else {
                // A server error may pass; a refusal (4xx) will not change by sending it again.
                failed(entry, problemText(xhr), xhr.status >= 500);
            }
        });
        xhr.addEventListener('error', function () {
            failed(entry, '网络中断，上传未完成', true);
        });
        entry.view.status.textContent = '正在上传…';
        xhr.send(form);
    }

    function next() {
        var entry = queue.shift();
        if (entry) {
            busy = true;
            send(entry);
            return;
        }
        busy = false;
        if (uploaded > 0) {
            // Show the new evidence with its thumbnails; the page reloads with the case's latest version.
            panel.setAttribute('data-done', String(uploaded));
            setTimeout(function () { window.location.reload(); }, 1200);
        }
    }

    function add(files) {
        errorBox.textContent = '';
        if (panel.querySelectorAll('.upload-officer:checked').length < 2) {
            errorBox.textContent = '请至少选择两名取证人员（行政处罚法第四十二条）。';
            return;
        }
        if (!document.getElementById('upload-place').value.trim()) {
            errorBox.textContent = '请填写取证地点。';
            return;
        }
        Array.prototype.forEach.call(files, function (file) {
            queue.push({ file: file, view: row(file), uploadId: uploadId(), attempts: 0 });
        });
        if (!busy) {
            next();
        }
    }

    picker.addEventListener('change', function () {
        add(picker.files);
        picker.value = '';
    });
    var camera = document.getElementById('upload-camera');
    if (camera) {
        camera.addEventListener('change', function () {
            add(camera.files);
            camera.value = '';
        });
    }
    ['dragenter', 'dragover'].forEach(function (type) {
        zone.addEventListener(type, function (e) {
            e.preventDefault();
            zone.classList.add('drop-active');
        });
    });
    ['dragleave', 'drop'].forEach(function (type) {
        zone.addEventListener(type, function (e) {
            e.preventDefault();
            zone.classList.remove('drop-active');
        });
    });
    zone.addEventListener('drop', function (e) {
        if (e.dataTransfer && e.dataTransfer.files.length > 0) {
            add(e.dataTransfer.files);
        }
    });
})();

// Buttons that ask before submitting (data-confirm), instead of inline onclick handlers the CSP forbids.
document.querySelectorAll('[data-confirm]').forEach(function (button) {
    button.addEventListener('click', function (e) {
        if (!window.confirm(button.getAttribute('data-confirm'))) {
            e.preventDefault();
        }
    });
});
